//! Formatting by shape: pieces of code that differ only in their names and string
//! literals, each replaced by one of the same length, are formatted once.
//!
//! prettyplease lays code out by the lengths of identifiers and literals, never by
//! their spelling (keywords, macro names and attributes aside, which are kept as
//! written), and every member of a struct, enum or impl block (and every arm of a
//! `match`) starts on a line of its own at the same indentation, so its layout does
//! not depend on its neighbours.
//! A large client's types are mostly members of a few shapes (`with_` setters,
//! optional fields under the same attribute, `Display` impls), so
//! [`format_by_shape`] cuts the file into units (each top-level item, or the header
//! and each member of a struct, enum or impl block, a method that is one `match` into
//! its header and arms), keys each unit by its tokens
//! with names and strings replaced by their lengths, formats one placeholder text per
//! key through syn and prettyplease, and writes every unit as its shape's output with
//! the unit's own names and strings put back.

use std::collections::HashMap;
use std::ops::Range;

use rayon::prelude::*;

/// What a placeholder is made of: `Q`, the hole's number, `_` up to the hole's length.
const PLACEHOLDER_START: u8 = b'Q';

/// Formats `source` (outer doc comments already lifted to `///@accord-doc:N` lines)
/// as syn + prettyplease format the whole file, item spacing aside. `None` when the
/// text holds something the scanner does not read (block comments, non-ASCII names)
/// or does not parse: the caller then formats the file whole, which also says why
/// it does not parse.
pub(super) fn format_by_shape(source: &str) -> Option<String> {
    let tokens = lex(source)?;
    let items = split_items(&tokens)?;
    let mut shapes = Shapes::default();
    let mut pieces = Vec::with_capacity(items.len() * 4);
    // Each item's pieces, as a range of `pieces`.
    let mut item_pieces = Vec::with_capacity(items.len());
    let mut parts = Vec::new();
    for item in &items {
        parts.clear();
        split_item(source, &tokens, item.clone(), &mut parts);
        let start = pieces.len();
        pieces.extend(parts.iter().map(|part| match part {
            Part::Unit(range, role) => {
                Piece::Unit(shapes.add(source, &tokens[range.clone()], *role))
            }
            Part::End(text) => Piece::End(text),
        }));
        item_pieces.push(start..pieces.len());
    }
    let templates: Vec<Option<Template>> = shapes.texts.par_iter().map(Shape::format).collect();
    let formatted = |piece: &Piece| match piece {
        Piece::Unit(unit) => templates[unit.shape].is_some(),
        Piece::End(_) => true,
    };
    // Items with a unit whose shape did not format (a placeholder the output does not
    // give back exactly once) are formatted as written.
    let as_written: Vec<Option<String>> = items
        .par_iter()
        .zip(&item_pieces)
        .map(|(item, range)| {
            if pieces[range.clone()].iter().all(formatted) {
                return Ok(None);
            }
            let text = &source[token_range_text(&tokens, item)];
            super::pretty(text).map(Some).ok_or(())
        })
        .collect::<Result<_, ()>>()
        .ok()?;
    let mut out = String::with_capacity(source.len() + source.len() / 4);
    for (range, written) in item_pieces.into_iter().zip(&as_written) {
        if let Some(text) = written {
            out.push_str(text);
            continue;
        }
        for piece in &pieces[range] {
            match piece {
                Piece::Unit(unit) => {
                    let template = templates[unit.shape].as_ref()?;
                    template.write(&mut out, source, &shapes.holes[unit.holes.clone()]);
                }
                Piece::End(text) => out.push_str(text),
            }
        }
    }
    Some(out)
}

/// The byte range of `source` that tokens `range` cover.
fn token_range_text(tokens: &[Token], range: &Range<usize>) -> Range<usize> {
    tokens[range.start].start as usize..tokens[range.end - 1].end as usize
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Ident,
    /// A plain string literal (`"..."`); its hole is what is between the quotes.
    Str,
    /// A lifted doc comment (`///@accord-doc:N`); its hole is the run number `N`.
    DocRun,
    Punct(u8),
    /// Printed as written: lifetimes, characters, numbers, other literals, doc
    /// comments that were not lifted.
    Verbatim,
}

#[derive(Clone, Copy, Debug)]
struct Token {
    start: u32,
    end: u32,
    kind: Kind,
    /// Whitespace or a comment comes before the token (`: :` is not `::`).
    spaced: bool,
}

/// The number of a run of doc lines that [`super::DocComments`] lifted, when `comment`
/// is what it left in their place.
fn doc_run_number(comment: &str) -> Option<&str> {
    let number = comment
        .strip_prefix("///")?
        .strip_prefix(super::DOC_PLACEHOLDER)?;
    (!number.is_empty() && number.bytes().all(|b| b.is_ascii_digit())).then_some(number)
}

fn is_ident_start(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_'
}

fn is_ident_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// The tokens of `source`, plain comments dropped; `None` on a block comment or a
/// non-ASCII name (never generated: the whole-file path handles them).
fn lex(source: &str) -> Option<Vec<Token>> {
    let bytes = source.as_bytes();
    u32::try_from(bytes.len()).ok()?;
    let mut tokens = Vec::with_capacity(bytes.len() / 4);
    let mut i = 0;
    let mut spaced = false;
    while i < bytes.len() {
        let b = bytes[i];
        let start = i;
        let kind = match b {
            b' ' | b'\t' | b'\n' | b'\r' => {
                i += 1;
                spaced = true;
                continue;
            }
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                let end = memchr_newline(bytes, i);
                let comment = &source[i..end];
                i = end;
                let is_doc = (comment.starts_with("///") && !comment.starts_with("////"))
                    || comment.starts_with("//!");
                if !is_doc {
                    spaced = true;
                    continue;
                }
                match doc_run_number(comment) {
                    Some(_) => Kind::DocRun,
                    None => Kind::Verbatim,
                }
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => return None,
            b'"' => {
                i = string_end(bytes, i + 1)?;
                Kind::Str
            }
            b'\'' => {
                i = quote_end(source, i)?;
                Kind::Verbatim
            }
            b'0'..=b'9' => {
                i += 1;
                while i < bytes.len()
                    && (is_ident_byte(bytes[i])
                        || (bytes[i] == b'.' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)))
                {
                    i += 1;
                }
                Kind::Verbatim
            }
            _ if is_ident_start(b) => {
                if let Some(end) = prefixed_literal_end(bytes, i) {
                    i = end?;
                    Kind::Verbatim
                } else {
                    if b == b'r'
                        && bytes.get(i + 1) == Some(&b'#')
                        && bytes.get(i + 2).is_some_and(|&c| is_ident_start(c))
                    {
                        i += 2;
                    }
                    while i < bytes.len() && is_ident_byte(bytes[i]) {
                        i += 1;
                    }
                    if bytes.get(i).is_some_and(|&c| c >= 0x80) {
                        return None;
                    }
                    Kind::Ident
                }
            }
            _ if b >= 0x80 => return None,
            _ => {
                i += 1;
                Kind::Punct(b)
            }
        };
        tokens.push(Token {
            start: start as u32,
            end: i as u32,
            kind,
            spaced,
        });
        spaced = false;
    }
    Some(tokens)
}

fn memchr_newline(bytes: &[u8], from: usize) -> usize {
    bytes[from..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(bytes.len(), |p| from + p)
}

/// The end of a string literal whose contents start at `i` (after its `"`).
fn string_end(bytes: &[u8], mut i: usize) -> Option<usize> {
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return Some(i + 1),
            _ => i += 1,
        }
    }
    None
}

/// The end of a character literal or a lifetime starting at the `'` at `i`.
fn quote_end(source: &str, i: usize) -> Option<usize> {
    let bytes = source.as_bytes();
    if bytes.get(i + 1) == Some(&b'\\') {
        // `'\''`, `'\n'`, `'\u{1F600}'`: the escaped character, then up to the quote.
        let close = bytes.get(i + 3..)?.iter().position(|&b| b == b'\'')?;
        return Some(i + 3 + close + 1);
    }
    let c = source.get(i + 1..)?.chars().next()?;
    let after = i + 1 + c.len_utf8();
    if bytes.get(after) == Some(&b'\'') {
        return Some(after + 1);
    }
    // A lifetime (`'de`, `'_`).
    let mut end = i + 1;
    while end < bytes.len() && is_ident_byte(bytes[end]) {
        end += 1;
    }
    (end > i + 1).then_some(end)
}

/// When a literal with a prefix (`b"..."`, `b'x'`, `r"..."`, `r#"..."#`, `br"..."`,
/// `c"..."`) starts at `i`: its end (`None` inside when it does not end).
fn prefixed_literal_end(bytes: &[u8], i: usize) -> Option<Option<usize>> {
    let mut j = i;
    if matches!(bytes[j], b'b' | b'c') {
        j += 1;
    }
    let raw = bytes.get(j) == Some(&b'r');
    if raw {
        j += 1;
    }
    if j == i {
        return None;
    }
    if raw {
        let hashes = bytes[j..].iter().take_while(|&&b| b == b'#').count();
        if bytes.get(j + hashes) != Some(&b'"') {
            return None;
        }
        let mut k = j + hashes + 1;
        while k < bytes.len() {
            if bytes[k] == b'"'
                && bytes[k + 1..]
                    .iter()
                    .take(hashes)
                    .filter(|&&b| b == b'#')
                    .count()
                    == hashes
            {
                return Some(Some(k + 1 + hashes));
            }
            k += 1;
        }
        return Some(None);
    }
    match bytes.get(j) {
        Some(b'"') => Some(string_end(bytes, j + 1)),
        Some(b'\'') if bytes[i] == b'b' => {
            let close = if bytes.get(j + 1) == Some(&b'\\') {
                j + 3
            } else {
                j + 2
            };
            let end = bytes.get(close..)?.iter().position(|&b| b == b'\'');
            Some(end.map(|p| close + p + 1))
        }
        _ => None,
    }
}

/// The braced things whose members are formatted one at a time.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Container {
    /// A struct with named fields: the members are its fields.
    Struct,
    /// The members are the variants.
    Enum,
    /// The members are the associated items.
    Impl,
    /// The `match` that is a method's whole body (`as_str`, `From<String>`): the members
    /// are its arms.
    Match,
}

impl Container {
    /// Which container an item with this keyword is, `Some(None)` for an item of
    /// another kind, `None` when the word is no item keyword.
    fn of_keyword(word: &str) -> Option<Option<Container>> {
        match word {
            "struct" => Some(Some(Container::Struct)),
            "enum" => Some(Some(Container::Enum)),
            "impl" => Some(Some(Container::Impl)),
            "fn" | "mod" | "trait" | "type" | "const" | "static" | "use" | "union"
            | "macro_rules" | "extern" => Some(None),
            _ => None,
        }
    }

    /// How the container's end prints, after its last member.
    fn end(self) -> &'static str {
        match self {
            Container::Match => "        }\n    }\n",
            _ => "}\n",
        }
    }
}

/// Text written around a unit so that it parses as it stands in the file, and what
/// prettyplease prints of that text (which the unit's output is cut out of).
struct Frame {
    before: &'static str,
    before_printed: &'static str,
    after: &'static str,
    after_printed: &'static str,
}

impl Role {
    fn frame(self) -> Frame {
        let frame = |before, before_printed, after, after_printed| Frame {
            before,
            before_printed,
            after,
            after_printed,
        };
        // A header is formatted with one stand-in member (an empty body prints on the
        // header's line); a member inside an empty container.
        match self {
            Role::Whole => frame("", "", "", ""),
            Role::Header(Container::Struct) => frame("", "", "\na: u8,\n}\n", "    a: u8,\n}\n"),
            Role::Header(Container::Enum) => frame("", "", "\nA,\n}\n", "    A,\n}\n"),
            Role::Header(Container::Impl) => {
                frame("", "", "\nfn a() {}\n}\n", "    fn a() {}\n}\n")
            }
            Role::Header(Container::Match) => frame(
                "impl W {\n",
                "impl W {\n",
                "\n_ => {}\n}\n}\n}\n",
                "            _ => {}\n        }\n    }\n}\n",
            ),
            Role::Member(Container::Struct) => {
                frame("struct W {\n", "struct W {\n", "\n}\n", "}\n")
            }
            Role::Member(Container::Enum) => frame("enum W {\n", "enum W {\n", "\n}\n", "}\n"),
            Role::Member(Container::Impl) => frame("impl W {\n", "impl W {\n", "\n}\n", "}\n"),
            Role::Member(Container::Match) => frame(
                "impl W {\nfn w() {\nmatch w {\n",
                "impl W {\n    fn w() {\n        match w {\n",
                "\n}\n}\n}\n",
                "        }\n    }\n}\n",
            ),
        }
    }

    /// The role's mark in a shape key.
    fn key(self) -> [u8; 2] {
        let container = |c| match c {
            Container::Struct => b'S',
            Container::Enum => b'E',
            Container::Impl => b'I',
            Container::Match => b'M',
        };
        match self {
            Role::Whole => *b"W-",
            Role::Header(c) => [b'H', container(c)],
            Role::Member(c) => [b'M', container(c)],
        }
    }
}

/// What a top-level item is cut into, in output order.
enum Part {
    /// Tokens formatted as a unit in this role.
    Unit(Range<usize>, Role),
    /// How the end of a split container prints.
    End(&'static str),
}

/// A [`Part`] once keyed.
enum Piece {
    Unit(UnitRef),
    End(&'static str),
}

/// How deep a token leaves the bracket nesting, from `depth` before it.
fn nest(depth: usize, token: &Token) -> Option<usize> {
    match token.kind {
        Kind::Punct(b'{' | b'(' | b'[') => Some(depth + 1),
        Kind::Punct(b'}' | b')' | b']') => depth.checked_sub(1),
        _ => Some(depth),
    }
}

/// Cuts the token list into top-level items (each ending at a `}` or `;` outside
/// every bracket). `None` when the brackets do not balance.
fn split_items(tokens: &[Token]) -> Option<Vec<Range<usize>>> {
    let mut items = Vec::new();
    let mut depth = 0;
    let mut start = 0;
    for (i, token) in tokens.iter().enumerate() {
        depth = nest(depth, token)?;
        // A `}` followed by `;` (`use a::{b, c};`, `const X: T = T {};`) does not end the item.
        let ends = match token.kind {
            Kind::Punct(b';') => true,
            Kind::Punct(b'}') => tokens
                .get(i + 1)
                .is_none_or(|t| t.kind != Kind::Punct(b';')),
            _ => false,
        };
        if depth == 0 && ends {
            items.push(start..i + 1);
            start = i + 1;
        }
    }
    if depth != 0 {
        return None;
    }
    if start < tokens.len() {
        // Doc comments or attributes with no item after them.
        items.push(start..tokens.len());
    }
    Some(items)
}

/// Cuts a top-level item into the parts it is formatted in: a struct with named
/// fields, an enum or an impl block into its header, each member (a method whose body
/// is one `match` into its header and arms) and its end; anything else whole.
fn split_item(source: &str, tokens: &[Token], item: Range<usize>, parts: &mut Vec<Part>) {
    let Some(body) = body(source, tokens, item.clone()) else {
        parts.push(Part::Unit(item, Role::Whole));
        return;
    };
    parts.push(Part::Unit(
        item.start..body.open + 1,
        Role::Header(body.container),
    ));
    for member in body.members {
        let arms = (body.container == Container::Impl)
            .then(|| method_match(source, tokens, member.clone()))
            .flatten();
        match arms {
            Some(arms) => {
                parts.push(Part::Unit(
                    member.start..arms.open + 1,
                    Role::Header(Container::Match),
                ));
                parts.extend(
                    arms.members
                        .into_iter()
                        .map(|arm| Part::Unit(arm, Role::Member(Container::Match))),
                );
                parts.push(Part::End(Container::Match.end()));
            }
            None => parts.push(Part::Unit(member, Role::Member(body.container))),
        }
    }
    parts.push(Part::End(body.container.end()));
}

/// A container's members: token ranges between its braces.
struct Body {
    container: Container,
    /// The token index of the body's `{`.
    open: usize,
    members: Vec<Range<usize>>,
}

/// The first `{` outside brackets in `range`, with each name before it outside
/// brackets (an item's keywords; attributes are inside brackets) given to `names`.
fn first_brace(
    tokens: &[Token],
    range: Range<usize>,
    mut names: impl FnMut(&Token),
) -> Option<usize> {
    let mut depth = 0;
    for i in range {
        let token = &tokens[i];
        if depth == 0 {
            match token.kind {
                Kind::Punct(b'{') => return Some(i),
                Kind::Ident => names(token),
                _ => {}
            }
        }
        depth = nest(depth, token)?;
    }
    None
}

/// The members of a struct with named fields, an enum or an impl block; `None` for
/// any other item, an empty body, or a body the scan does not cut cleanly.
fn body(source: &str, tokens: &[Token], item: Range<usize>) -> Option<Body> {
    // The item's keyword: the first of them.
    let mut keyword = None;
    let open = first_brace(tokens, item.clone(), |token| {
        if keyword.is_none() {
            keyword = Container::of_keyword(text(source, token));
        }
    })?;
    let container = keyword??;
    let members = members(tokens, container, open, item.end - 1)?;
    Some(Body {
        container,
        open,
        members,
    })
}

/// The arms of the `match` that is the whole body of the associated item `member`,
/// when it is a method whose body is nothing else.
fn method_match(source: &str, tokens: &[Token], member: Range<usize>) -> Option<Body> {
    let mut is_fn = false;
    let fn_open = first_brace(tokens, member.clone(), |token| {
        is_fn |= text(source, token) == "fn";
    })?;
    let fn_close = member.end - 1;
    let starts_with_match = tokens
        .get(fn_open + 1)
        .is_some_and(|t| t.kind == Kind::Ident && text(source, t) == "match");
    if !is_fn || !starts_with_match || tokens[fn_close].kind != Kind::Punct(b'}') {
        return None;
    }
    // The match's body (a scrutinee holds no bare braces), closed right before the method's.
    let open = first_brace(tokens, fn_open + 2..fn_close, |_| {})?;
    let close = fn_close - 1;
    if close <= open || tokens[close].kind != Kind::Punct(b'}') {
        return None;
    }
    let members = members(tokens, Container::Match, open, close)?;
    Some(Body {
        container: Container::Match,
        open,
        members,
    })
}

/// The members between the braces at `open` and `close`: associated items end at a
/// `}` or `;`, fields, variants and arms at a `,` outside brackets (and, for fields
/// and variants, outside generic arguments). `None` when there is none, or when
/// the braces do not pair or something is left that is no member.
fn members(
    tokens: &[Token],
    container: Container,
    open: usize,
    close: usize,
) -> Option<Vec<Range<usize>>> {
    let mut members = Vec::new();
    let mut depth = 0;
    let mut angle = 0isize;
    let mut start = open + 1;
    // An arm's guard may compare with `<`: only types count angle brackets.
    let counts_angles = matches!(container, Container::Struct | Container::Enum);
    for i in open + 1..close {
        let token = &tokens[i];
        depth = nest(depth, token)?;
        let ends = match token.kind {
            Kind::Punct(b'}' | b';') => container == Container::Impl && depth == 0,
            Kind::Punct(b',') => container != Container::Impl && depth == 0 && angle == 0,
            Kind::Punct(b'<') if counts_angles && depth == 0 => {
                angle += 1;
                false
            }
            // `->` and `=>` close no angle bracket.
            Kind::Punct(b'>') if counts_angles && depth == 0 && !follows(tokens, i, b"-=") => {
                angle -= 1;
                false
            }
            _ => false,
        };
        if angle < 0 {
            return None;
        }
        if ends {
            members.push(start..i + 1);
            start = i + 1;
        }
    }
    if depth != 0 || angle != 0 {
        return None;
    }
    if start < close {
        // A last field, variant or arm without its comma; in an impl block, a leftover.
        if container == Container::Impl {
            return None;
        }
        members.push(start..close);
    }
    (!members.is_empty()).then_some(members)
}

/// Whether the token at `i` is written right after one of the punctuation `bytes`.
fn follows(tokens: &[Token], i: usize, bytes: &[u8]) -> bool {
    i > 0 && !tokens[i].spaced && matches!(tokens[i - 1].kind, Kind::Punct(b) if bytes.contains(&b))
}

fn text<'a>(source: &'a str, token: &Token) -> &'a str {
    &source[token.start as usize..token.end as usize]
}

/// Whether syn or prettyplease read `name` by its spelling: keywords, contextual
/// keywords and `cfg` predicates are part of a shape, never holes.
fn is_kept_name(name: &str) -> bool {
    crate::naming::is_keyword(name)
        || matches!(
            name,
            "_" | "auto" | "builtin" | "default" | "all" | "any" | "not"
        )
}

/// Where a unit sits, which decides what it is formatted inside.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Role {
    /// A whole top-level item.
    Whole,
    /// A container up to its `{`.
    Header(Container),
    /// One field, variant, associated item or arm.
    Member(Container),
}

/// One unit of the file: its shape and where its holes are in the source.
struct UnitRef {
    shape: usize,
    holes: Range<usize>,
}

/// The distinct shapes met so far, each with the placeholder text of its first unit.
#[derive(Default)]
struct Shapes {
    by_key: HashMap<Vec<u8>, usize>,
    texts: Vec<Shape>,
    /// Every unit's holes, unit after unit: byte ranges of the source.
    holes: Vec<Range<u32>>,
    /// The key being built: each token's text, or a hole's kind and length, then `0`;
    /// a space before a token that had whitespace before it.
    key: Vec<u8>,
}

/// The placeholder text of a shape and what to format it inside.
struct Shape {
    role: Role,
    text: String,
    holes: usize,
}

/// The shortest placeholder of hole `index`: `Q` and the number.
fn placeholder_len(index: usize) -> usize {
    1 + index.checked_ilog10().unwrap_or(0) as usize + 1
}

/// The placeholder of hole `index` for a hole of `len` bytes, if one fits.
fn placeholder(index: usize, len: usize) -> Option<String> {
    let mut p = format!("{}{index}", PLACEHOLDER_START as char);
    if p.len() > len {
        return None;
    }
    p.extend(std::iter::repeat_n('_', len - p.len()));
    Some(p)
}

impl Shapes {
    /// Keys `unit` by its tokens, names and strings replaced by their lengths, and
    /// records its holes; a new key gets its placeholder text.
    fn add(&mut self, source: &str, unit: &[Token], role: Role) -> UnitRef {
        let first_hole = self.holes.len();
        self.key.clear();
        self.key.extend_from_slice(&role.key());
        // Inside an attribute (`#[...]`), from its `[`: names are kept; strings too under `doc`.
        let mut attribute: Option<(usize, bool)> = None;
        for (i, token) in unit.iter().enumerate() {
            // What comes before the unit's first token is not the unit's.
            if token.spaced && i > 0 {
                self.key.push(b' ');
            }
            let written = text(source, token);
            let hole = match token.kind {
                Kind::Ident => {
                    let macro_name = unit.get(i + 1).is_some_and(|t| t.kind == Kind::Punct(b'!'));
                    (attribute.is_none() && !macro_name && !is_kept_name(written))
                        .then_some(token.start..token.end)
                }
                Kind::Str if !attribute.is_some_and(|(_, doc)| doc) => {
                    Some(token.start + 1..token.end - 1)
                }
                Kind::DocRun => {
                    doc_run_number(written).map(|n| token.end - n.len() as u32..token.end)
                }
                _ => None,
            };
            let index = self.holes.len() - first_hole;
            let fits = hole
                .as_ref()
                .is_some_and(|h| token.kind == Kind::DocRun || placeholder_len(index) <= h.len());
            match hole {
                Some(h) if fits => {
                    // A doc run's length changes no layout; a name's or a string's does.
                    let len = if token.kind == Kind::DocRun {
                        0
                    } else {
                        h.len() as u32
                    };
                    self.key.push(1);
                    self.key.extend_from_slice(&len.to_le_bytes());
                    self.holes.push(h);
                }
                _ => self.key.extend_from_slice(written.as_bytes()),
            }
            self.key.push(0);
            // Attribute tracking: `#[` or `#![` opens, its `]` closes.
            match (token.kind, attribute) {
                (Kind::Punct(b'['), None)
                    if i > 0
                        && matches!(unit[i - 1].kind, Kind::Punct(b'#' | b'!'))
                        && (unit[i - 1].kind == Kind::Punct(b'#')
                            || (i > 1 && unit[i - 2].kind == Kind::Punct(b'#'))) =>
                {
                    let path = unit.get(i + 1).map(|t| text(source, t));
                    attribute = Some((0, matches!(path, Some("doc" | "comment"))));
                }
                (Kind::Punct(b'[' | b'(' | b'{'), Some((depth, doc))) => {
                    attribute = Some((depth + 1, doc))
                }
                (Kind::Punct(b']' | b')' | b'}'), Some((depth, doc))) => {
                    attribute = depth.checked_sub(1).map(|d| (d, doc))
                }
                _ => {}
            }
        }
        let holes = first_hole..self.holes.len();
        if let Some(&shape) = self.by_key.get(&self.key) {
            return UnitRef { shape, holes };
        }
        let shape = self.texts.len();
        self.texts.push(Shape {
            role,
            text: placeholder_text(source, unit, &self.holes[holes.clone()]),
            holes: holes.len(),
        });
        self.by_key.insert(self.key.clone(), shape);
        UnitRef { shape, holes }
    }
}

/// The unit's source with every hole replaced by its placeholder.
fn placeholder_text(source: &str, unit: &[Token], holes: &[Range<u32>]) -> String {
    let start = unit[0].start as usize;
    let end = unit[unit.len() - 1].end as usize;
    let mut out = String::with_capacity(end - start);
    let mut at = start;
    for (index, hole) in holes.iter().enumerate() {
        let (from, to) = (hole.start as usize, hole.end as usize);
        out.push_str(&source[at..from]);
        // Doc run numbers take placeholders of any length (a doc line's length
        // changes no layout); the others have one that fits (checked when keyed).
        let p = placeholder(index, to - from).unwrap_or_else(|| format!("Q{index}"));
        out.push_str(&p);
        at = to;
    }
    out.push_str(&source[at..end]);
    out
}

/// A shape's formatted text, cut at its holes.
struct Template {
    /// Text, then a hole, text, a hole, ..., text: one more piece than holes.
    pieces: Vec<String>,
    /// The hole each gap between pieces takes.
    order: Vec<usize>,
}

impl Shape {
    /// Formats the placeholder text inside what its role needs and cuts the output at
    /// its placeholders; `None` when it does not parse or the output does not give
    /// back every placeholder exactly once.
    fn format(&self) -> Option<Template> {
        let frame = self.role.frame();
        let printed = super::pretty(&[frame.before, &self.text, frame.after].concat())?;
        let printed = printed
            .strip_prefix(frame.before_printed)?
            .strip_suffix(frame.after_printed)?;
        Template::cut(printed, self.holes)
    }
}

impl Template {
    fn cut(printed: &str, holes: usize) -> Option<Template> {
        let bytes = printed.as_bytes();
        let mut pieces = Vec::with_capacity(holes + 1);
        let mut order = Vec::with_capacity(holes);
        let mut seen = vec![false; holes];
        let mut at = 0;
        let mut i = 0;
        while i < bytes.len() {
            let starts = bytes[i] == PLACEHOLDER_START
                && (i == 0 || !is_ident_byte(bytes[i - 1]))
                && bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
            if !starts {
                i += 1;
                continue;
            }
            let digits = bytes[i + 1..]
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count();
            let underscores = bytes[i + 1 + digits..]
                .iter()
                .take_while(|&&b| b == b'_')
                .count();
            let end = i + 1 + digits + underscores;
            if bytes.get(end).is_some_and(|&b| is_ident_byte(b)) {
                i = end;
                continue;
            }
            let index: usize = printed[i + 1..i + 1 + digits].parse().ok()?;
            if index >= holes || std::mem::replace(&mut seen[index], true) {
                return None;
            }
            pieces.push(printed[at..i].to_string());
            order.push(index);
            at = end;
            i = end;
        }
        if !seen.iter().all(|&s| s) {
            return None;
        }
        pieces.push(printed[at..].to_string());
        Some(Template { pieces, order })
    }

    /// Writes the template with `holes` (byte ranges of `source`) in its gaps.
    fn write(&self, out: &mut String, source: &str, holes: &[Range<u32>]) {
        for (piece, &hole) in self.pieces.iter().zip(&self.order) {
            out.push_str(piece);
            let h = &holes[hole];
            out.push_str(&source[h.start as usize..h.end as usize]);
        }
        if let Some(last) = self.pieces.last() {
            out.push_str(last);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Items of a few shapes with names of many lengths: short enough to print on one
    /// line, long enough to break, and everything the scanner has to step over.
    fn sample() -> String {
        let mut source = String::from(
            "//! Inner docs.\nuse std::collections::{BTreeMap, HashMap};\n\
             const TABLE: [u8; 2] = [1, 2];\npub struct Tuple(pub Vec<u8>);\n",
        );
        for i in 0..60 {
            let name = format!("Type{}", "Long".repeat(i % 17));
            let field = format!("field_{}", "x".repeat(i * 3 % 41));
            source.push_str(&format!(
                "///@accord-doc:{i}\n#[derive(Debug, Clone)]\npub struct {name} {{\n\
                 ///@accord-doc:{i}\n#[serde(default, skip_serializing_if = \"Option::is_none\", rename = \"{field}\")]\n\
                 pub {field}: Option<HashMap<String, Vec<{name}>>>,\n\
                 pub r#type: fn(u8) -> Option<u8>, pub Q1: u8, pub last: BTreeMap<String, {name}>\n}}\n\
                 impl {name} {{\n\
                 pub fn with_{field}(mut self, value: impl Into<HashMap<String, Vec<{name}>>>) -> Self {{ self.{field} = Some(value.into()); self }}\n\
                 type Alias = u8;\n\
                 pub fn as_str(&self) -> &str {{ match self.Q1 {{ 0 => \"Q0__ {field}\", 1 => '{{'.to_string().leak(), _ => \"{name}\" }} }}\n\
                 fn pick(&self, x: u8) -> Vec<u8> {{ match x {{ x if x < 3 => Vec::<u8>::with_capacity(3), 4 => {{ vec![x] }} 5 => Self::{name}Kind {{ a: 1, b: 2 }}.into(), _ => vec![] }} }}\n\
                 fn lifetimes<'de>(x: &'de str) -> Vec<&'de str> {{ vec![x, \"{field}\"] }}\n}}\n\
                 pub enum {name}Kind {{ A, #[serde(rename = \"{field}\")] B({name}), C {{ x: u8 }}, D = 3 }}\n\
                 impl std::fmt::Display for {name}Kind {{ fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {{ write!(f, \"{{}}\", {i}) }} }}\n"
            ));
        }
        source
    }

    #[test]
    fn formatting_by_shape_gives_what_formatting_whole_gives() {
        let source = sample();
        let by_shape = format_by_shape(&source).expect("the scanner reads generated code");
        assert_eq!(by_shape, crate::format::pretty(&source).unwrap());
        let (_, shapes) = keyed(&source);
        let unformatted: Vec<_> = shapes
            .texts
            .iter()
            .filter(|s| s.format().is_none())
            .map(|s| (s.role, &s.text))
            .collect();
        assert!(unformatted.is_empty(), "{unformatted:#?}");
    }

    /// Every unit of `source` (how many) and their shapes.
    fn keyed(source: &str) -> (usize, Shapes) {
        let tokens = lex(source).unwrap();
        let mut parts = Vec::new();
        for item in split_items(&tokens).unwrap() {
            split_item(source, &tokens, item, &mut parts);
        }
        let mut shapes = Shapes::default();
        let mut units = 0;
        for part in &parts {
            if let Part::Unit(range, role) = part {
                shapes.add(source, &tokens[range.clone()], *role);
                units += 1;
            }
        }
        (units, shapes)
    }

    #[test]
    fn units_that_differ_only_in_names_of_the_same_length_share_a_shape() {
        let mut source = String::new();
        for (run, c) in ('A'..='Z').enumerate() {
            source.push_str(&format!(
                "///@accord-doc:{run}\npub struct Type{c} {{ pub field_{c}: Option<Type{c}>, }}\n\
                 impl Type{c} {{ pub fn with_field_{c}(mut self, value: Type{c}) -> Self {{ self.field_{c} = Some(value); self }} }}\n"
            ));
        }
        let (units, shapes) = keyed(&source);
        assert_eq!(units, 26 * 4);
        // A struct header, a field, an impl header, a setter.
        assert_eq!(shapes.texts.len(), 4);
    }

    #[test]
    fn text_the_scanner_does_not_read_is_left_to_the_whole_file_path() {
        assert!(format_by_shape("/* block */ struct A;").is_none());
        assert!(format_by_shape("struct A { x: u8 ").is_none());
        assert!(format_by_shape("struct A { x: u8, ) }").is_none());
        // A unit that does not parse makes the item formatted as written, which fails.
        assert!(format_by_shape("struct A { x: }").is_none());
    }
}
