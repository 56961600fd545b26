//! How Asterisk reads a value stored in a realtime table: per backend and per field.
//!
//! - **res_config_odbc** (MySQL/MariaDB, PostgreSQL, and SQLite through the SQLite ODBC
//!   driver) splits every stored value at each `;` into several entries of the same
//!   name, strips the blanks around each entry, drops the empty ones, and decodes
//!   every `^XX` (two upper-case hex digits) into the byte it names. Asterisk itself
//!   writes `;` as `^3B` and `^` as `^5E`.
//! - **res_config_sqlite3** hands the stored value over as it is: no splitting, no
//!   decoding (and a NULL column comes back as an empty string).
//!
//! What the entries mean depends on the field: most take one value, and when
//! res_config_odbc hands over several the last one wins; a few add up (`set_var`,
//! `allow`, `match`, an aor's `contact`, ...), so `;` between entries is how a row
//! lists several; some hold SIP URIs, whose own `;` parameters must be stored as
//! `^3B` to survive; and passwords must reach Asterisk exactly as stored.

/// The realtime driver Asterisk reads the tables through.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Backend {
    /// res_odbc + res_config_odbc (any database; SQLite through the SQLite ODBC driver)
    Odbc,
    /// res_config_sqlite3 (SQLite only)
    Sqlite3,
}

impl Backend {
    pub fn module(self) -> &'static str {
        match self {
            Backend::Odbc => "res_config_odbc",
            Backend::Sqlite3 => "res_config_sqlite3",
        }
    }
}

/// What a field's value is, as far as reading it goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// One value; of several entries the last one wins.
    Single,
    /// One SIP URI (`sip:proxy;lr`): its `;` parameters belong to the value.
    Uri,
    /// Entries that add up (`set_var`, `allow`, `match`): `;` separates entries.
    List,
    /// Entries that add up, each a SIP URI (an aor's `contact`): a `;` before another
    /// URI separates entries, any other `;` is a URI parameter.
    UriList,
}

/// Fields that are not [`Shape::Single`], by table. Read from Asterisk's sources
/// (the sorcery handlers that append instead of replace, and the URI fields).
const SHAPES: &[(&str, &str, Shape)] = &[
    ("ps_endpoints", "set_var", Shape::List),
    ("ps_endpoints", "allow", Shape::List),
    ("ps_endpoints", "disallow", Shape::List),
    ("ps_endpoints", "deny", Shape::List),
    ("ps_endpoints", "permit", Shape::List),
    ("ps_endpoints", "acl", Shape::List),
    ("ps_endpoints", "contact_deny", Shape::List),
    ("ps_endpoints", "contact_permit", Shape::List),
    ("ps_endpoints", "contact_acl", Shape::List),
    ("ps_endpoints", "outbound_proxy", Shape::Uri),
    ("ps_aors", "contact", Shape::UriList),
    ("ps_aors", "outbound_proxy", Shape::Uri),
    ("ps_contacts", "uri", Shape::Uri),
    ("ps_contacts", "outbound_proxy", Shape::Uri),
    ("ps_contacts", "path", Shape::Uri),
    ("ps_endpoint_id_ips", "match", Shape::List),
    ("ps_registrations", "server_uri", Shape::Uri),
    ("ps_registrations", "client_uri", Shape::Uri),
    ("ps_registrations", "outbound_proxy", Shape::Uri),
    ("ps_outbound_publishes", "server_uri", Shape::Uri),
    ("ps_outbound_publishes", "from_uri", Shape::Uri),
    ("ps_outbound_publishes", "to_uri", Shape::Uri),
    ("ps_outbound_publishes", "outbound_proxy", Shape::Uri),
    ("ps_subscription_persistence", "contact_uri", Shape::Uri),
    ("ps_resource_list", "list_item", Shape::List),
    ("ps_transports", "local_net", Shape::List),
];

/// How `table.column` is read.
pub fn shape(table: &str, column: &str) -> Shape {
    SHAPES
        .iter()
        .find(|(t, c, _)| *t == table && *c == column)
        .map(|(_, _, s)| *s)
        .unwrap_or(Shape::Single)
}

/// Columns whose values are secrets and never printed.
pub fn is_secret(column: &str) -> bool {
    column.contains("password")
        || column.contains("secret")
        || column == "md5_cred"
        || column == "refresh_token"
}

fn is_hex(b: u8) -> bool {
    b.is_ascii_digit() || (b'A'..=b'F').contains(&b)
}

/// What res_config_odbc's decoding makes of one entry: every `^XX` (upper-case hex)
/// becomes that byte, scanning left to right without decoding a result again.
pub fn decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'^' && i + 2 < b.len() && is_hex(b[i + 1]) && is_hex(b[i + 2]) {
            let v = u8::from_str_radix(&s[i + 1..i + 3], 16).unwrap_or(b'?');
            out.push(v);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The `^XX` sequences res_config_odbc decodes in `s`, in order.
pub fn escapes(s: &str) -> Vec<&str> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i + 2 < b.len() {
        if b[i] == b'^' && is_hex(b[i + 1]) && is_hex(b[i + 2]) {
            out.push(&s[i..i + 3]);
            i += 3;
        } else {
            i += 1;
        }
    }
    out
}

/// Whether an entry ends in `^` and one hex digit: res_config_odbc's check for two
/// hex digits also accepts the string's terminating NUL (`strchr` finds it), so it
/// decodes such an ending by reading past the value; what Asterisk gets is
/// unpredictable.
pub fn dangling_escape(entry: &str) -> bool {
    let b = entry.as_bytes();
    b.len() >= 2 && b[b.len() - 2] == b'^' && is_hex(b[b.len() - 1])
}

/// Blanks as Asterisk's `ast_strip` sees them: every byte below 33.
fn is_blank(c: char) -> bool {
    (c as u32) < 33
}

/// The entries res_config_odbc hands over for a stored value: split at `;`,
/// stripped, empty ones dropped, `^XX` decoded.
pub fn odbc_entries(v: &str) -> Vec<String> {
    v.split(';')
        .map(|p| p.trim_matches(is_blank))
        .filter(|p| !p.is_empty())
        .map(decode)
        .collect()
}

/// The entries the backend hands over for a stored (non-NULL) value.
pub fn entries(backend: Backend, v: &str) -> Vec<String> {
    match backend {
        Backend::Odbc => odbc_entries(v),
        Backend::Sqlite3 => vec![v.to_string()],
    }
}

/// What the object ends up with for a field of `shape`: for one-value fields the
/// last entry (None: unset, Asterisk's default applies), for lists every entry.
pub fn seen(backend: Backend, shape: Shape, v: &str) -> Vec<String> {
    let mut e = entries(backend, v);
    match shape {
        Shape::Single | Shape::Uri => {
            let last = e.pop();
            last.into_iter().collect()
        }
        Shape::List | Shape::UriList => e,
    }
}

/// Whether an entry of an aor's `contact` list starts a new URI (after a `;` that
/// separates entries) rather than continuing one with a parameter.
pub fn starts_uri(piece: &str) -> bool {
    let p = piece.trim_matches(is_blank).to_ascii_lowercase();
    p.starts_with("sip:") || p.starts_with("sips:") || p.starts_with("tel:") || p.starts_with('<')
}

/// The stored value rewritten so that res_config_odbc reads it as the field means
/// it: each `;` that is part of the value (not a separator between entries of a
/// list) becomes `^3B`. Returns None when nothing needs rewriting. Existing `^XX`
/// escapes are kept as they are: they already say what they mean.
pub fn odbc_escaped(shape: Shape, v: &str) -> Option<String> {
    if !v.contains(';') {
        return None;
    }
    let out = match shape {
        Shape::List => return None,
        Shape::Single | Shape::Uri => v.replace(';', "^3B"),
        Shape::UriList => {
            let pieces: Vec<&str> = v.split(';').collect();
            let mut s = String::from(pieces[0]);
            for p in &pieces[1..] {
                s.push_str(if starts_uri(p) || p.trim_matches(is_blank).is_empty() {
                    ";"
                } else {
                    "^3B"
                });
                s.push_str(p);
            }
            s
        }
    };
    (out != v).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_secret_is_a_one_value_field() {
        // `lint --fix-escapes` rewrites a secret with REPLACE, never printing it, which
        // is the fix only where every ';' becomes ^3B.
        for (t, c, s) in SHAPES {
            assert!(
                !is_secret(c) || matches!(s, Shape::Single | Shape::Uri),
                "{t}.{c}"
            );
        }
    }

    #[test]
    fn odbc_splits_strips_and_decodes_like_res_config_odbc() {
        assert_eq!(odbc_entries("A=1;B=2"), vec!["A=1", "B=2"]);
        assert_eq!(odbc_entries("se^41cret"), vec!["seAcret"]);
        assert_eq!(odbc_entries(" a ; ;b^3Bc "), vec!["a", "b;c"]);
        // ^5E is '^' and is not decoded again; lower-case hex is not an escape.
        assert_eq!(odbc_entries("x^5E41^3b"), vec!["x^41^3b"]);
        // An escaped blank survives the stripping, which comes first.
        assert_eq!(odbc_entries("^20pw"), vec![" pw"]);
        assert!(dangling_escape("ends^4") && !dangling_escape("ends^4x") && !dangling_escape("^"));
        assert_eq!(escapes("a^3Bb^5E^4"), vec!["^3B", "^5E"]);
    }

    #[test]
    fn one_value_fields_keep_the_last_entry_lists_keep_all() {
        let b = Backend::Odbc;
        assert_eq!(seen(b, Shape::Uri, "sip:p;lr"), vec!["lr"]);
        assert_eq!(seen(b, Shape::List, "A=1;B=2"), vec!["A=1", "B=2"]);
        assert_eq!(
            seen(Backend::Sqlite3, Shape::List, "A=1;B=2"),
            vec!["A=1;B=2"]
        );
        assert!(seen(b, Shape::Single, " ; ").is_empty());
    }

    #[test]
    fn escaping_keeps_list_separators_and_fixes_the_rest() {
        assert_eq!(odbc_escaped(Shape::List, "A=1;B=2"), None);
        assert_eq!(
            odbc_escaped(Shape::Uri, "sip:p;lr").as_deref(),
            Some("sip:p^3Blr")
        );
        assert_eq!(
            odbc_escaped(Shape::UriList, "sip:a@h;transport=tcp;sip:b@h").as_deref(),
            Some("sip:a@h^3Btransport=tcp;sip:b@h")
        );
        assert_eq!(odbc_escaped(Shape::UriList, "sip:a@h;sip:b@h"), None);
        // What the fix writes reads back as the stored text, whatever it held.
        for v in ["pa;ss", "a^;3B", "x^4;", "^;41", "sip:p;lr;x=^5E"] {
            let fixed = odbc_escaped(Shape::Single, v).unwrap();
            assert_eq!(
                seen(Backend::Odbc, Shape::Single, &fixed),
                vec![decode(v)],
                "{v}"
            );
        }
    }
}
