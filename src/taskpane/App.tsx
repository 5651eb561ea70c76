/**
 * The task pane. Inside Excel it is given a `PlanHost` and shows the pane's views; opened anywhere
 * else (`host` is null) it says where to open it instead. It never touches `Excel` itself.
 */
import { OutsideOffice } from "./components/OutsideOffice";
import { Shell } from "./components/Shell";
import type { PlanHost } from "./host";
import { StringsProvider, type Language } from "./i18n";

export interface AppProps {
  /** The Excel the pane runs in; null when the page is open outside Excel. */
  host: PlanHost | null;
  language: Language;
}

export function App(props: AppProps) {
  return (
    <StringsProvider language={props.language}>
      {props.host ? <Shell host={props.host} /> : <OutsideOffice language={props.language} />}
    </StringsProvider>
  );
}
