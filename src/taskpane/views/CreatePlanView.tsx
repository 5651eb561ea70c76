/** The "Opret plan" view: create a planning workbook from the model and a go-live date. */
import { ViewIntro } from "../components/ViewIntro";
import { useStrings } from "../i18n";
import type { ViewProps } from "./registry";

export default function CreatePlanView(_props: ViewProps) {
  const t = useStrings();
  return <ViewIntro heading={t.nav.create}>{t.views.create}</ViewIntro>;
}
