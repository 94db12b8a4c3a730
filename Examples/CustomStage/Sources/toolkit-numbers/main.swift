import NumberMentions
import ToolkitCLI

// The standard `toolkit` command, with the numbers stage registered beside the built-in ones.
var registry = ToolkitCommand.builtInRegistry
registry.register(NumberMentions.plugin)
ToolkitCommand.main(registry: registry)
