/** What each option needs, said when it is given without its value. */
const NEEDS: Record<string, string> = {
  output: "-o needs the name of the file to write",
  pack: "--pack needs a pack: dhr, cspr, sar or a pack .json file",
  register: "--register needs the register .json file",
  config: "--config needs the organisation .json file",
  agency: "--agency needs the agency's name",
};

/** node:util parseArgs errors, said briefly in words a person can act on. */
export function describeArgError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  const quoted = /'([^']+)'/.exec(err.message ?? "")?.[1];
  if (err.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && quoted) return `unknown option "${quoted}"`;
  if (err.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const long = /--([a-z-]+)/.exec(quoted ?? "")?.[1];
    return (long && NEEDS[long]) ?? `${quoted?.split(",")[0] ?? "an option"} needs a value`;
  }
  return (err.message ?? String(e)).split(/\.\s|\n/)[0];
}
