/** One block of figures printed by `tactful eval`. */
export interface EvalMetric {
  name: string;
  value: number;
  /** The goal this figure is held to, when there is one (higher is better). */
  goal?: number;
  /** Rows counted for this figure. */
  n?: number;
}

export interface EvalSection {
  title: string;
  /** Which data it was measured on (file, rows). */
  data: string;
  metrics: EvalMetric[];
  notes?: string[];
}
