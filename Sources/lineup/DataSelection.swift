import Foundation
import LineupImport
import LineupSources

/// What a command loads: local paths (files, directories, "-") and sources at URLs.
struct DataSelection {
    var paths: [String] = []
    var remote: [RemoteSource] = []

    init() {}

    /// `given` split into URLs and paths. A URL that is subscribed keeps its subscription's
    /// name; a subscription's name not naming an existing file stands for that source.
    init(_ given: [String], subscriptions: [Subscription]) {
        for item in given {
            if RemoteSource.isURL(item) {
                let subscribed = subscriptions.first { $0.url == item }
                remote.append(subscribed.map { RemoteSource(name: $0.name, url: $0.url) } ?? RemoteSource(url: item))
            } else if !FileManager.default.fileExists(atPath: item),
                      let subscribed = subscriptions.first(where: { $0.name == item }) {
                remote.append(RemoteSource(name: subscribed.name, url: subscribed.url))
            } else {
                paths.append(item)
            }
        }
    }

    init(subscriptions: [Subscription]) {
        remote = subscriptions.map { RemoteSource(name: $0.name, url: $0.url) }
    }

    init(paths: [String]) {
        self.paths = paths
    }
}
