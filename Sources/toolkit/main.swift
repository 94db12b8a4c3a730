import ToolkitCLI

ToolkitCommand.main(registry: ToolkitCommand.builtInRegistry)
