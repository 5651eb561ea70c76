/** The machine a run was made on, for the table's header and the README. */
import os from "node:os";

export function machineLine(): string {
  const cpus = os.cpus();
  const model = cpus[0]?.model.trim() || "unknown CPU";
  const gb = Math.round(os.totalmem() / 1024 ** 3);
  return `${os.availableParallelism()} cores (${model}), ${gb} GB RAM, Node ${process.version}, ${os.type()} ${os.release()}`;
}
