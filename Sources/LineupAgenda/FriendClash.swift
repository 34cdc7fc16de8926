import Foundation
import LineupModel

/// One of your bookmarked talks overlapping a talk a friend picked and you did not: where
/// your plans part. There is none when that friend picked your talk too (you are together
/// there, whatever else they picked).
public struct FriendClash: Hashable, Sendable {
    /// The friend's name, as imported.
    public var friend: String
    /// Your talk.
    public var yours: TalkID
    /// The friend's pick.
    public var theirs: TalkID
    /// The two talks and their overlap, as `Clash.detect` finds it (half-open times, floating
    /// talks only with floating ones, `first` the one that starts first).
    public var overlap: Clash

    public init(friend: String, yours: TalkID, theirs: TalkID, overlap: Clash) {
        self.friend = friend
        self.yours = yours
        self.theirs = theirs
        self.overlap = overlap
    }

    /// The other talk of the clash, seen from `id`.
    public func other(than id: TalkID) -> TalkID { id == yours ? theirs : yours }
}

/// A friend's pick whose item is not in the loaded data: kept in the picks file, listed apart.
public struct MissingPick: Hashable, Sendable {
    public var friend: String
    public var pick: Bookmark

    public init(friend: String, pick: Bookmark) {
        self.friend = friend
        self.pick = pick
    }
}
