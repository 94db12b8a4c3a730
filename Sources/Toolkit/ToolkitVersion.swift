/// The toolkit's version, recorded in provenance.
public enum ToolkitVersion {
    public static let current = "0.1.0"
}
