/** Renders a pane view as Excel shows it: inside Fluent's provider, in a language. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ComponentType } from "react";
import type { PlanHost } from "../../../src/taskpane/host";
import { StringsProvider, type Language } from "../../../src/taskpane/i18n";

export function renderView(View: ComponentType<{ host: PlanHost }>, host: PlanHost, language: Language = "da") {
  const user = userEvent.setup();
  const result = render(
    <FluentProvider theme={webLightTheme}>
      <StringsProvider language={language}>
        <View host={host} />
      </StringsProvider>
    </FluentProvider>,
  );
  return { user, ...result };
}
