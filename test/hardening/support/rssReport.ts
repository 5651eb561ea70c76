/**
 * Preloaded (node --import) into a CLI child process by the hardening tests: when the process exits,
 * it writes its peak resident memory to stderr, where childCli.ts reads it.
 */
process.on("exit", () => {
  process.stderr.write(`\nIMPLAN_MAX_RSS_KB=${process.resourceUsage().maxRSS}\n`);
});
