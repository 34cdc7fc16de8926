import Foundation

/// Finds the zone a TZID names, in the order the big calendar apps use: an IANA zone (the
/// database is newer than most files' VTIMEZONEs), else the file's own VTIMEZONE, else a
/// Windows zone name through the usual mapping.
struct ZoneResolver {
    /// A resolved TZID: the rules to apply and, when the rules are the IANA database's, its
    /// name (the item's display zone).
    struct Resolution {
        var name: String
        var ianaName: String?
        var rule: any ICalZoneRule
        /// The file's VTIMEZONE of the same TZID when the IANA database was used instead.
        var shadowedDefinition: ICalTimeZone?

        /// A warning when the file's VTIMEZONE gives another offset than the IANA zone at
        /// `utc`, else nil.
        func check(atUTC utc: Int) -> String? {
            guard let definition = shadowedDefinition else { return nil }
            let database = rule.utcOffset(atUTC: utc), file = definition.utcOffset(atUTC: utc)
            guard database != file else { return nil }
            return "the file's VTIMEZONE \"\(name)\" (line \(definition.line)) gives UTC\(Self.offsetText(file)) "
                + "where the IANA zone gives UTC\(Self.offsetText(database)); the IANA zone is used"
        }

        static func offsetText(_ seconds: Int) -> String {
            let sign = seconds < 0 ? "-" : "+"
            let magnitude = abs(seconds)
            let hours = String(magnitude / 3600), minutes = String(magnitude / 60 % 60)
            return sign + (hours.count < 2 ? "0" + hours : hours) + ":" + (minutes.count < 2 ? "0" + minutes : minutes)
        }
    }

    let zones: [String: ICalTimeZone]

    func resolve(_ name: String) -> Resolution? {
        if let zone = Self.ianaZone(name) {
            return Resolution(name: name, ianaName: zone.identifier, rule: IANAZoneRule(zone: zone),
                              shadowedDefinition: zones[name])
        }
        if let definition = zones[name] {
            return Resolution(name: name, ianaName: nil, rule: definition, shadowedDefinition: nil)
        }
        if let mapped = WindowsZoneNames.ianaName(for: name), let zone = TimeZone(identifier: mapped) {
            return Resolution(name: name, ianaName: zone.identifier, rule: IANAZoneRule(zone: zone), shadowedDefinition: nil)
        }
        return nil
    }

    /// The IANA zone `name` names ("Europe/Berlin", "US/Eastern", "UTC"), also when written with
    /// a leading "/" as some producers do; nil for anything else (abbreviations such as "EST"
    /// are not zone names here).
    static func ianaZone(_ name: String) -> TimeZone? {
        let trimmed = name.hasPrefix("/") ? String(name.dropFirst()) : name
        guard !trimmed.isEmpty, trimmed.utf8.count < 64,
              trimmed.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else { return nil }
        guard let zone = TimeZone(identifier: trimmed) else { return nil }
        // Foundation also accepts offset names such as "GMT+0100"; only database names count.
        let isDatabaseName = trimmed.contains("/") || trimmed == "UTC" || trimmed == "GMT"
            || TimeZone.knownTimeZoneIdentifiers.contains(trimmed)
        return isDatabaseName ? zone : nil
    }
}
