/** The "Valider" view: check the workbook against the model and list the issues found. */
import { ViewIntro } from "../components/ViewIntro";
import { useStrings } from "../i18n";
import type { ViewProps } from "./registry";

export default function ValidateView(_props: ViewProps) {
  const t = useStrings();
  return <ViewIntro heading={t.nav.validate}>{t.views.validate}</ViewIntro>;
}
