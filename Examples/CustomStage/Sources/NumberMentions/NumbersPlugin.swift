import Toolkit

/// The plugin: its one stage, registered with `registry.register(NumberMentions.plugin)`.
public let plugin = Plugin(name: "NumberMentions", stages: [NumberFinder.self])
