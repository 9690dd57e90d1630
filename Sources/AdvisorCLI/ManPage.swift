import AdvisorCore

/// The manual of every command as one man page (roff, section 1), made from the command tree: the root's
/// overview, then each command's usage, description, arguments, options and examples, then the exit codes and
/// the environment.
struct ManPage {
  let tree: CommandTree
  let version: String

  /// The page, ready for `man -l`.
  func roff() -> String {
    let root = tree.spec
    var out = [
      ".TH ADVISOR 1 \"\" \"advisor \(escape(version))\" \"User Commands\"", ".SH NAME",
      "advisor \\- \(escape(root.abstract))", ".SH SYNOPSIS",
      ".B advisor", ".I command", ".RI [ options ]", ".SH DESCRIPTION",
    ]
    out += paragraphs(root.discussion)
    out.append(".SH COMMANDS")
    for node in tree.all.dropFirst() where node.make != nil {
      out += section(node.spec)
    }
    out += [
      ".SH EXIT STATUS", ".TP", "0", "success", ".TP", "1", "a CI gate failed", ".TP", "64",
      "a usage error", ".TP", "65",
      "invalid input (a spec, table or report)", ".TP", "66",
      "an input is missing, unreadable or not a regular file", ".TP", "73",
      "an output file exists and may not be replaced", ".TP", "74",
      "an output could not be written", ".TP", "78",
      "an environment variable holds a value the advisor cannot use", ".TP", "129, 130, 143",
      "stopped by SIGHUP, SIGINT or SIGTERM",
      ".SH ENVIRONMENT", ".TP", ".B ADVISOR_CRITERIA",
      "A folder of criteria tables to use instead of the built-in ones.", ".TP",
      ".B NO_COLOR", "When set to anything non-empty, no colour.", ".TP", ".B COLUMNS",
      "The line width when standard output is not a terminal.", ".TP", ".B SOURCE_DATE_EPOCH",
      "Stands in for now, for reproducible reports (whole seconds since 1970).",
    ]
    return out.joined(separator: "\n") + "\n"
  }

  private func section(_ spec: CommandSpec) -> [String] {
    var out = [
      ".SS \(escape(spec.path))", escape(spec.abstract), ".PP", ".nf",
      escape(HelpFormatter.usage(spec, width: 78)), ".fi",
    ]
    out += paragraphs(spec.discussion)
    for argument in spec.arguments {
      out += [".TP", ".I \(escape(argument.name))", escape(argument.help)]
    }
    for option in spec.allOptions {
      let names = (option.short.map { "\\-\($0), " } ?? "") + "\\-\\-" + escape(option.name)
      out += [
        ".TP", ".B \(names)" + (option.valueName.map { " \\fI\(escape($0))\\fR" } ?? ""),
        escape(option.help),
      ]
    }
    if !spec.examples.isEmpty {
      out.append(".PP")
      out.append("Examples:")
      for example in spec.examples {
        out += [
          ".PP", escape(example.explanation), ".RS", ".nf", escape(example.command), ".fi", ".RE",
        ]
      }
    }
    return out
  }

  private func paragraphs(_ text: String?) -> [String] {
    guard let text else { return [] }
    return text.split(separator: "\n").flatMap { [".PP", escape(String($0))] }
  }

  /// Text safe in roff: backslashes and hyphens escaped, a line never starting with a control character.
  func escape(_ text: String) -> String {
    var escaped = ""
    for character in text {
      switch character {
      case "\\": escaped += "\\e"
      case "-": escaped += "\\-"
      default: escaped.append(character)
      }
    }
    return escaped.hasPrefix(".") || escaped.hasPrefix("'") ? "\\&" + escaped : escaped
  }
}
