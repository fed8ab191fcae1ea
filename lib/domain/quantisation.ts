// What choosing fewer bits per weight costs besides money: said wherever a precision below
// 16-bit is chosen, because a quantised model is not quite the model the scores were measured on.

/** Below 16-bit the weights are quantised: cheaper to serve, but not the model the scores were measured on. */
export const QUANTISATION_NOTE =
  "Quantised weights need less memory, hence fewer GPUs and a lower cost, but usually score somewhat lower than the 16-bit originals (more so at 4-bit and on smaller models); the benchmark scores shown are for the released weights.";

/** An empirical study of low-bit quantisation (LLaMA 3 at 1–8 bits): quality falls as bits fall. */
export const QUANTISATION_SOURCE_URL = "https://arxiv.org/abs/2404.14047";
