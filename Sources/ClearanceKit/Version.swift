public enum ClearanceVersion { public static let string = "0.1.0" }
