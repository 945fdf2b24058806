/**
 * Ribbon function commands. The "IMR Assistant" button on the Home tab uses the ShowTaskpane
 * action (see manifest.xml), so no function needs to run yet. A command added to the manifest
 * as an ExecuteFunction action is added here too: Office finds it by the name it is associated with.
 *
 * Each command must call event.completed() when it finishes, whatever happens, or Word keeps the
 * button busy.
 */

export type FunctionCommand = (event: Office.AddinCommands.Event) => void | Promise<void>;

/** Function name in manifest.xml -> implementation. Empty: the ribbon only opens the pane. */
export const COMMANDS: Readonly<Record<string, FunctionCommand>> = {};

function wrap(command: FunctionCommand): (event: Office.AddinCommands.Event) => void {
  return (event) => {
    Promise.resolve()
      .then(() => command(event))
      .catch(() => undefined)
      .finally(() => event.completed());
  };
}

export function registerCommands(office: typeof Office): number {
  const associate = office.actions?.associate;
  if (typeof associate !== "function") return 0;
  let count = 0;
  for (const [name, command] of Object.entries(COMMANDS)) {
    office.actions.associate(name, wrap(command));
    count += 1;
  }
  return count;
}

if (typeof Office !== "undefined") {
  Office.onReady(() => {
    registerCommands(Office);
  });
}
