/** The "Modellen" view: browse the implementation model. */
import { ViewIntro } from "../components/ViewIntro";
import { useStrings } from "../i18n";
import type { ViewProps } from "./registry";

export default function ModelView(_props: ViewProps) {
  const t = useStrings();
  return <ViewIntro heading={t.nav.model}>{t.views.model}</ViewIntro>;
}
