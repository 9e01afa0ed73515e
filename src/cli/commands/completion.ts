import { Command, InvalidArgumentError } from "commander";
import type { Io } from "../io.js";

const SHELLS = ["bash", "zsh", "fish"] as const;
type Shell = (typeof SHELLS)[number];

interface Described {
  name: string;
  description: string;
  options: string[];
}

/** The commands and their long options, read from the program itself, so completion never lags behind the CLI. */
function describe(program: Command): Described[] {
  return program.commands
    .filter((c) => c.name() !== "completion" && c.name() !== "help")
    .map((c) => ({
      name: c.name(),
      description: c.description(),
      options: [...c.options.map((o) => o.long).filter((l): l is string => Boolean(l)), "--help"],
    }));
}

const quoteFish = (text: string) => `'${text.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;

function bash(commands: readonly Described[]): string {
  const cases = commands.map((c) => `    ${c.name}) opts="${c.options.join(" ")}" ;;`).join("\n");
  return `# procspec completion for bash: add to ~/.bashrc
#   source <(procspec completion bash)
_procspec() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" opts=""
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=($(compgen -W "${commands.map((c) => c.name).join(" ")} --help --version" -- "$cur"))
    return
  fi
  case "\${COMP_WORDS[1]}" in
${cases}
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=($(compgen -W "$opts" -- "$cur"))
  else
    COMPREPLY=($(compgen -f -- "$cur"))
  fi
}
complete -o default -F _procspec procspec
`;
}

function zsh(commands: readonly Described[]): string {
  return `# procspec completion for zsh: add to ~/.zshrc
#   source <(procspec completion zsh)
autoload -U +X compinit && compinit
autoload -U +X bashcompinit && bashcompinit
${bash(commands).split("\n").slice(2).join("\n")}`;
}

function fish(commands: readonly Described[]): string {
  const lines = [
    "# procspec completion for fish: save as ~/.config/fish/completions/procspec.fish",
    "#   procspec completion fish > ~/.config/fish/completions/procspec.fish",
    "complete -c procspec -f",
  ];
  for (const c of commands) {
    lines.push(`complete -c procspec -n __fish_use_subcommand -a ${c.name} -d ${quoteFish(c.description)}`);
  }
  for (const c of commands) {
    for (const option of c.options) {
      lines.push(`complete -c procspec -n '__fish_seen_subcommand_from ${c.name}' -l ${option.slice(2)} -F`);
    }
  }
  return `${lines.join("\n")}\n`;
}

function parseShell(value: string): Shell {
  const shell = value.trim().toLowerCase();
  if (!(SHELLS as readonly string[]).includes(shell)) throw new InvalidArgumentError(`expected ${SHELLS.join(", ")}`);
  return shell as Shell;
}

/** `procspec completion bash|zsh|fish`: a script for the shell, printed on stdout. */
export function completionCommand(io: Io, setExit: (code: number) => void, program: () => Command): Command {
  return new Command("completion")
    .description("print shell completion for procspec's commands and options: bash, zsh or fish")
    .argument("<shell>", "bash, zsh or fish", parseShell)
    .addHelpText(
      "after",
      `
Examples:
  source <(procspec completion bash)        in ~/.bashrc
  source <(procspec completion zsh)         in ~/.zshrc
  procspec completion fish > ~/.config/fish/completions/procspec.fish`,
    )
    .action((shell: Shell) => {
      const commands = describe(program());
      io.out(shell === "bash" ? bash(commands) : shell === "zsh" ? zsh(commands) : fish(commands));
      setExit(0);
    });
}
