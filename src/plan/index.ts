/** The plan layer: pure date logic on the model (see docs/architecture.md). */
export * from "./dates";
export * from "./holidays";
export * from "./schedule";
