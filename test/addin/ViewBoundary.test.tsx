/** @jest-environment jsdom */
/** A view that fails shows a message in its own area, and switching view clears it. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import type { ReactNode } from "react";
import { ViewBoundary } from "../../src/taskpane/components/ViewBoundary";

function Broken(): never {
  throw new Error("chunk failed to load");
}

function renderBoundary(resetKey: string, child: ReactNode) {
  return (
    <FluentProvider theme={webLightTheme}>
      <ViewBoundary title="Visningen kunne ikke vises" resetKey={resetKey}>
        {child}
      </ViewBoundary>
    </FluentProvider>
  );
}

describe("ViewBoundary", () => {
  let consoleError: jest.SpyInstance;
  beforeEach(() => {
    // React and the boundary both log the caught error; the test checks what the user sees.
    consoleError = jest.spyOn(console, "error").mockImplementation(() => {});
  });
  afterEach(() => consoleError.mockRestore());

  it("shows the error in a message bar instead of the view", () => {
    render(renderBoundary("create", <Broken />));
    expect(screen.getByText("Visningen kunne ikke vises")).toBeTruthy();
    expect(screen.getByText("chunk failed to load")).toBeTruthy();
    expect(consoleError).toHaveBeenCalled();
  });

  it("shows the next view again once the reset key changes", () => {
    const { rerender } = render(renderBoundary("create", <Broken />));
    rerender(renderBoundary("model", <p>Modellen</p>));
    expect(screen.getByText("Modellen")).toBeTruthy();
    expect(screen.queryByText("Visningen kunne ikke vises")).toBeNull();
  });
});
