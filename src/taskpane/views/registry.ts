/**
 * The pane's views, in tab order. Each view is its own chunk, loaded when first opened, so heavy
 * feature code never weighs on the pane's first render.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from "react";
import type { PlanHost } from "../host";

export type ViewId = "create" | "validate" | "rollout" | "model";

/** What every view is given. */
export interface ViewProps {
  host: PlanHost;
}

export interface ViewEntry {
  id: ViewId;
  Component: LazyExoticComponent<ComponentType<ViewProps>>;
}

export const VIEWS: readonly ViewEntry[] = [
  {
    id: "create",
    Component: lazy(() => import(/* webpackChunkName: "view-create" */ "./CreatePlanView")),
  },
  {
    id: "validate",
    Component: lazy(() => import(/* webpackChunkName: "view-validate" */ "./ValidateView")),
  },
  {
    id: "rollout",
    // Its spreadsheet code (ExcelJS) is a further chunk, loaded only when files are read.
    Component: lazy(() => import(/* webpackChunkName: "view-rollout" */ "./RolloutView")),
  },
  {
    id: "model",
    Component: lazy(() => import(/* webpackChunkName: "view-model" */ "./ModelView")),
  },
];
