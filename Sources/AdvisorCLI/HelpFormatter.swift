import AdvisorCore

/// Help and usage text in swift-argument-parser's layout: OVERVIEW, USAGE, ARGUMENTS, OPTIONS, SUBCOMMANDS.
enum HelpFormatter {
  /// The width help is laid out for when nothing says otherwise.
  static let standardWidth = 80
  static let labelColumn = 26

  static func usage(_ spec: CommandSpec, width: Int = standardWidth) -> String {
    var parts = [spec.path]
    if !spec.subcommands.isEmpty { parts.append("<subcommand>") }
    for argument in spec.arguments {
      let name = "<\(argument.name)>" + (argument.isRepeating ? " ..." : "")
      parts.append(argument.isOptional ? "[\(name)]" : name)
    }
    for option in spec.options {
      parts.append(option.valueName.map { "[--\(option.name) <\($0)>]" } ?? "[--\(option.name)]")
    }
    // Wrap whole groups: `[--color <when>]` never breaks inside.
    var lines: [String] = []
    var line = "USAGE:"
    for part in parts {
      if line.count + 1 + part.count > width, line.count > 8 {
        lines.append(line)
        line = "       "
      }
      line += " " + part
    }
    lines.append(line)
    return lines.joined(separator: "\n")
  }

  static func help(_ spec: CommandSpec, width: Int = standardWidth) -> String {
    var out: [String] = []
    out += TextStyle.wrap(
      spec.abstract, width: width, indent: "          ", firstIndent: "OVERVIEW: ")
    if let discussion = spec.discussion {
      out.append("")
      for paragraph in discussion.split(separator: "\n", omittingEmptySubsequences: false) {
        out += paragraph.isEmpty ? [""] : TextStyle.wrap(String(paragraph), width: width)
      }
    }
    out += ["", usage(spec, width: width)]
    if !spec.examples.isEmpty {
      out += ["", "EXAMPLES:"]
      for example in spec.examples {
        out += TextStyle.wrap(example.explanation, width: width, indent: "  ", firstIndent: "  ")
        // Never wrapped: a command line is for copying whole.
        out.append("    $ " + example.command)
      }
    }
    if !spec.arguments.isEmpty {
      out += ["", "ARGUMENTS:"]
      for argument in spec.arguments {
        out += entry("<\(argument.name)>", argument.help, width: width)
      }
    }
    out += ["", "OPTIONS:"]
    for option in spec.allOptions {
      var label = option.short.map { "-\($0), " } ?? ""
      label += "--\(option.name)" + (option.valueName.map { " <\($0)>" } ?? "")
      out += entry(
        label, option.help + (option.defaultValue.map { " (default: \($0))" } ?? ""), width: width)
    }
    if spec.path == "advisor" { out += entry("--version", "Show the version.", width: width) }
    if !spec.subcommands.isEmpty {
      out += ["", "SUBCOMMANDS:"]
      for subcommand in spec.subcommands {
        out += entry(subcommand.name, subcommand.abstract, width: width)
      }
      out += ["", "  See '\(spec.path) help <subcommand>' for detailed help."]
    }
    return out.joined(separator: "\n") + "\n"
  }

  private static func entry(_ label: String, _ text: String, width: Int) -> [String] {
    let indent = String(repeating: " ", count: labelColumn)
    let head = "  " + label
    if head.count + 1 >= labelColumn {
      return [head] + TextStyle.wrap(text, width: width, indent: indent)
    }
    return TextStyle.wrap(
      text, width: width, indent: indent, firstIndent: TextStyle.pad(head, labelColumn))
  }

  static func usageError(_ error: UsageError) -> String {
    "Error: \(error.message)\n" + usage(error.command).replacingPrefix("USAGE: ", with: "Usage: ")
      + "\n  See '\(error.command.path) --help' for more information.\n"
  }
}
