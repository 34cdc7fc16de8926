import CLibXML2
import Foundation

/// What `XMLPushParser` reports, in document order, to a handler it changes in place. Names
/// and texts are bytes (UTF-8) valid only during the call.
protocol XMLPushHandler {
    mutating func startElement(_ name: XMLName, attributes: XMLAttributes, at parser: XMLParserPosition)
    mutating func endElement(_ name: XMLName, at parser: XMLParserPosition)
    /// Text and CDATA, in pieces (one text may come in several calls).
    mutating func characters(_ text: UnsafeBufferPointer<UInt8>)
    /// An error or warning of libxml2, with its code (libxml2's `xmlParserErrors`) and the line
    /// the parser is at. After a fatal error no more elements are reported. The handler must
    /// not stop the parser from here (libxml2 2.9 can crash when stopped inside its own error
    /// report while it switches encodings; found by fuzzing): it stops at the next element.
    mutating func error(code: Int, at parser: XMLParserPosition)
}

/// XML through libxml2's SAX2 push parser, without Foundation's XMLParser: no strings or
/// dictionaries are made for elements the handler skips, which makes reading a large frab
/// file several times faster (see ARCHITECTURE.md).
///
/// Safety is the caller's and libxml2's defaults, kept: no network (`XML_PARSE_NONET`),
/// entities are not substituted (no `XML_PARSE_NOENT`) and no DTD is loaded (no
/// `XML_PARSE_DTDLOAD`); no entity declaration is ever recorded (there is no `entityDecl`
/// handler), so a reference to anything but the five predefined entities and character
/// references is an "undeclared entity" error. libxml2's own limits hold (no
/// `XML_PARSE_HUGE`): 256 levels of nesting, 10 MB per text.
enum XMLPushParser {
    /// How a parse ended: well formed (and not stopped) or not, and the line it ended at.
    struct Outcome {
        var wellFormed: Bool
        var line: Int
    }

    /// Parses `bytes`, reporting to `handler`.
    static func parse<Handler: XMLPushHandler>(_ bytes: UnsafeRawBufferPointer, handler: inout Handler) -> Outcome {
        parse(handler: &handler) { feed in _ = feed(bytes) }
    }

    /// Parses the document `pieces` hands to its argument, piece after piece (each needs to
    /// live only during the call: libxml2 copies what it is given), reporting to `handler`.
    /// The feeding call returns false once parsing has stopped (an error, or the handler
    /// stopped it): `pieces` should then stop. The document ends when `pieces` returns.
    static func parse<Handler: XMLPushHandler>(
        handler: inout Handler, pieces: (_ feed: (UnsafeRawBufferPointer) -> Bool) -> Void
    ) -> Outcome {
        _ = initialized
        var sax = xmlSAXHandler()
        sax.initialized = UInt32(XML_SAX2_MAGIC)
        sax.startElementNs = { userData, localname, prefix, _, _, _, attributeCount, _, attributes in
            guard let calls = userData?.assumingMemoryBound(to: Calls.self), let localname else { return }
            calls.pointee.start(calls.pointee.handler, XMLName(localname, prefixed: prefix != nil),
                                XMLAttributes(attributes, count: Int(attributeCount)), calls.pointee.position)
        }
        sax.endElementNs = { userData, localname, prefix, _ in
            guard let calls = userData?.assumingMemoryBound(to: Calls.self), let localname else { return }
            calls.pointee.end(calls.pointee.handler, XMLName(localname, prefixed: prefix != nil), calls.pointee.position)
        }
        let characters: charactersSAXFunc = { userData, text, length in
            guard let calls = userData?.assumingMemoryBound(to: Calls.self), let text, length > 0 else { return }
            calls.pointee.characters(calls.pointee.handler, UnsafeBufferPointer(start: text, count: Int(length)))
        }
        sax.characters = characters
        sax.ignorableWhitespace = characters
        sax.cdataBlock = characters
        sax.serror = { userData, error in
            guard let calls = userData?.assumingMemoryBound(to: Calls.self), let error else { return }
            calls.pointee.error(calls.pointee.handler, Int(error.pointee.code), calls.pointee.position)
        }
        // Errors raised outside the parser's context (an encoding conversion that fails) would
        // be printed on standard error; the parser reports them too, so they are dropped here
        // (libxml2 keeps this handler per thread; the caller's is put back).
        let callersHandler = __xmlStructuredError()?.pointee
        let callersContext = __xmlStructuredErrorContext()?.pointee
        xmlSetStructuredErrorFunc(nil) { _, _ in }
        defer { xmlSetStructuredErrorFunc(callersContext, callersHandler) }
        guard let context = xmlCreatePushParserCtxt(&sax, nil, nil, 0, nil) else { return Outcome(wellFormed: false, line: 1) }
        defer { xmlFreeParserCtxt(context) }
        xmlCtxtUseOptions(context, Int32(XML_PARSE_NONET.rawValue))
        let position = XMLParserPosition(context: context)
        var result: Int32 = 0
        withUnsafeMutablePointer(to: &handler) { handlerPointer in
            // The callbacks reach the handler through this table (libxml2's user data): closures
            // made for this handler type, so a call is direct, with no reference counting.
            var calls = Calls(
                handler: UnsafeMutableRawPointer(handlerPointer), position: position,
                start: { $0.assumingMemoryBound(to: Handler.self).pointee.startElement($1, attributes: $2, at: $3) },
                end: { $0.assumingMemoryBound(to: Handler.self).pointee.endElement($1, at: $2) },
                characters: { $0.assumingMemoryBound(to: Handler.self).pointee.characters($1) },
                error: { $0.assumingMemoryBound(to: Handler.self).pointee.error(code: $1, at: $2) })
            withUnsafeMutablePointer(to: &calls) { callsPointer in
                context.pointee.userData = UnsafeMutableRawPointer(callsPointer)
                defer { context.pointee.userData = nil }
                pieces { piece in
                    // In chunks: libxml2 copies what it is given into its own buffer, and frees
                    // what it has read as it goes.
                    if let base = piece.baseAddress?.assumingMemoryBound(to: CChar.self) {
                        var offset = 0
                        while offset < piece.count, result == 0, context.pointee.disableSAX == 0 {
                            let length = min(chunkSize, piece.count - offset)
                            result = xmlParseChunk(context, base + offset, Int32(length), 0)
                            offset += length
                        }
                    }
                    return result == 0 && context.pointee.disableSAX == 0
                }
                if result == 0 { result = xmlParseChunk(context, nil, 0, 1) }
            }
        }
        return Outcome(wellFormed: result == 0 && context.pointee.wellFormed != 0, line: position.line)
    }

    static let chunkSize = 1 << 16

    /// libxml2's global set-up, once per process (it is not safe to race).
    private static let initialized: Void = xmlInitParser()

    /// The handler (type-erased) and the calls into it.
    private struct Calls {
        let handler: UnsafeMutableRawPointer
        let position: XMLParserPosition
        let start: (UnsafeMutableRawPointer, XMLName, XMLAttributes, XMLParserPosition) -> Void
        let end: (UnsafeMutableRawPointer, XMLName, XMLParserPosition) -> Void
        let characters: (UnsafeMutableRawPointer, UnsafeBufferPointer<UInt8>) -> Void
        let error: (UnsafeMutableRawPointer, Int, XMLParserPosition) -> Void
    }
}

/// Where the parser is, and the way to stop it; valid during a handler's call.
struct XMLParserPosition {
    fileprivate let context: xmlParserCtxtPtr?

    /// The 1-based line the parser is at (for a start tag: the line its ">" is on).
    var line: Int {
        guard let input = context?.pointee.input else { return 1 }
        return max(Int(input.pointee.line), 1)
    }

    /// Stops the parse: nothing more is reported.
    func stop() {
        if let context { xmlStopParser(context) }
    }
}

/// An element's local name; `prefixed` when written with a namespace prefix ("x:title"),
/// which then matches no plain name.
struct XMLName {
    let bytes: UnsafeBufferPointer<UInt8>
    let prefixed: Bool

    init(_ name: UnsafePointer<UInt8>, prefixed: Bool) {
        bytes = UnsafeBufferPointer(start: name, count: strlen(UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self)))
        self.prefixed = prefixed
    }

    /// True when the name is `literal` (ASCII), without a prefix.
    func `is`(_ literal: StaticString) -> Bool {
        !prefixed && literal.utf8CodeUnitCount == bytes.count
            && (bytes.isEmpty || memcmp(literal.utf8Start, bytes.baseAddress!, bytes.count) == 0)
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }
}

/// A start tag's attributes as libxml2 gives them (five pointers each: local name, prefix,
/// URI, value start, value end).
struct XMLAttributes {
    private let base: UnsafeMutablePointer<UnsafePointer<UInt8>?>?
    private let count: Int

    init(_ base: UnsafeMutablePointer<UnsafePointer<UInt8>?>?, count: Int) {
        self.base = base
        self.count = base == nil ? 0 : count
    }

    /// The value of the unprefixed attribute `name`, nil when there is none. Entity and
    /// character references are decoded (libxml2 leaves "&" as "&#38;" when it does not
    /// substitute entities; every other one it has decoded).
    subscript(name: StaticString) -> String? {
        guard let base else { return nil }
        for index in 0..<count {
            let entry = base + 5 * index
            guard let local = entry[0], entry[1] == nil, let start = entry[3], let end = entry[4],
                  XMLName(local, prefixed: false).is(name) else { continue }
            let value = UnsafeBufferPointer(start: start, count: end - start)
            guard value.contains(UInt8(ascii: "&")) else { return String(decoding: value, as: UTF8.self) }
            return Self.decodingAmpersands(value)
        }
        return nil
    }

    private static func decodingAmpersands(_ value: UnsafeBufferPointer<UInt8>) -> String {
        let reference = Array("&#38;".utf8)
        var output: [UInt8] = []
        output.reserveCapacity(value.count)
        var index = 0
        while index < value.count {
            if value[index] == UInt8(ascii: "&"), index + reference.count <= value.count,
               value[index..<(index + reference.count)].elementsEqual(reference) {
                output.append(UInt8(ascii: "&"))
                index += reference.count
            } else {
                output.append(value[index])
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
