import AdvisorCore

/// `advisor completions bash|zsh|fish`: a completion script for the shell, made from the command tree.
struct CompletionsCommand: Command {
  let io: any CommandIO

  static let spec = CommandSpec(
    path: "advisor completions",
    abstract: "Print a shell completion script for bash, zsh or fish.",
    discussion: """
      The script completes every command and subcommand, each command's options, the values of options with a \
      fixed set of choices, and file names where a command takes files. `make install` installs all three.
      """,
    arguments: [.init(name: "shell", help: "bash, zsh or fish.")],
    examples: [
      .init(
        "advisor completions bash > ~/.local/share/bash-completion/completions/advisor",
        "Install the bash completions for yourself."),
      .init(
        "advisor completions zsh > ~/.zfunc/_advisor",
        "Install the zsh completions (with ~/.zfunc on your fpath)."),
      .init(
        "advisor completions fish > ~/.config/fish/completions/advisor.fish",
        "Install the fish completions."),
    ])

  func run(_ arguments: [String]) throws -> ExitCode {
    guard let parsed = try SharedOptions.parse(Self.spec, arguments, io: io) else {
      return .success
    }
    guard let shell = parsed.positionals.first else {
      throw UsageError(
        message: "Missing expected argument '<shell>' (bash, zsh or fish).", command: Self.spec)
    }
    let script = CompletionScript(tree: CommandTree.root)
    switch shell {
    case "bash": io.write(script.bash(), to: .output)
    case "zsh": io.write(script.zsh(), to: .output)
    case "fish": io.write(script.fish(), to: .output)
    default:
      var message = "Unknown shell '\(shell)'; expected bash, zsh or fish."
      message += Suggestion.hint(shell, in: ["bash", "zsh", "fish"], .sentence)
      throw UsageError(message: message, command: Self.spec)
    }
    return .success
  }
}
