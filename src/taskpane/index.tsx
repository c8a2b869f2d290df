// PLACEHOLDER entry until the task pane lands.
export {};
