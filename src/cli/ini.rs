//! Alembic ini files (Asterisk's `config.ini`, `cdr.ini`, ...), read as Alembic reads
//! them.
//!
//! Alembic hands the file to Python's `configparser.ConfigParser` (strict, with
//! `here`, the file's folder, as a default) and reads its `[alembic]` section with
//! interpolation; Asterisk's `env.py` then gives the logging sections to
//! `logging.config.fileConfig`, which reads them raw. So this parser follows
//! ConfigParser's rules for the whole file's structure (a broken section header, a
//! line that is neither option nor comment, a section or an option given twice are
//! errors naming the line) and interpolates only `[alembic]` and `[DEFAULT]`, the
//! sections ast-schema reads: the `%(levelname)s` of every stock logging section is
//! never looked at.
//!
//! Why not an ini crate: `configparser` and `rust-ini` (the kept ones) merge a
//! duplicate section silently, accept lines without `=`, fold section names to lower
//! case and have no `%(name)s` interpolation; wrapping them would take as much code as
//! ConfigParser's rules below, and still differ from Alembic on the files above.

use std::path::{Path, PathBuf};

use crate::db::url::redact;
use crate::error::Error;

/// The default database when no URL is given anywhere.
pub const DEFAULT_URL: &str = "sqlite:///asterisk.db";

/// The section Alembic reads (its `--name` default).
pub const SECTION: &str = "alembic";

/// What an Alembic ini file says.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct IniSettings {
    pub url: Option<String>,
    /// `script_location`, interpolated, as written (a path, usually relative).
    pub script_location: Option<String>,
    /// `script_location`'s last path component (`config`, `cdr`, ...).
    pub tree: Option<String>,
    /// The folder the ini file is in (`%(here)s`).
    pub here: PathBuf,
}

/// A section's options in order: name (lower case) and value, continuation lines
/// joined (`None` for a valueless option).
pub type Options = Vec<(String, Option<String>)>;

/// One parsed file: `[DEFAULT]` and the other sections in order.
#[derive(Debug, Clone, Default)]
pub struct Parsed {
    pub defaults: Options,
    pub sections: Vec<(String, Options)>,
}

impl Parsed {
    pub fn section(&self, name: &str) -> Option<&[(String, Option<String>)]> {
        self.sections
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, o)| o.as_slice())
    }
}

/// Reads the `[alembic]` section of an ini file.
pub fn read_ini(path: &Path) -> Result<IniSettings, Error> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Error::Config(format!("cannot read config file {}: {e}", path.display())))?;
    let here = std::path::absolute(path)
        .ok()
        .and_then(|p| p.parent().map(Path::to_path_buf))
        .unwrap_or_else(|| PathBuf::from("."));
    parse_ini(&text, &here).map_err(|e| Error::Config(format!("{}: {e}", path.display())))
}

/// Parses ini text and reads `sqlalchemy.url` and `script_location` from its
/// `[alembic]` section, interpolated with `here` as Alembic does.
pub fn parse_ini(text: &str, here: &Path) -> Result<IniSettings, String> {
    let parsed = parse(text)?;
    let Some(options) = parsed.section(SECTION) else {
        return Err(format!("no [{SECTION}] section"));
    };
    let mut map: Vec<(String, Option<String>)> =
        vec![("here".into(), Some(here.display().to_string()))];
    for (k, v) in parsed.defaults.iter().chain(options) {
        map.retain(|(x, _)| x != k);
        map.push((k.clone(), v.clone()));
    }
    // Alembic's env.py reads the whole section (`get_section`), so every value in
    // it (and in [DEFAULT]) must interpolate, as under Alembic.
    let mut values: Vec<(String, Option<String>)> = Vec::new();
    for (k, v) in &map {
        let v = match v {
            Some(raw) => Some(interpolate(raw, &map, 1).map_err(|e| {
                let section = if options.iter().any(|(x, _)| x == k) {
                    SECTION
                } else {
                    "DEFAULT"
                };
                format!("[{section}] {k}: {e}")
            })?),
            None => None,
        };
        values.push((k.clone(), v));
    }
    let get = |key: &str| {
        values
            .iter()
            .find(|(k, _)| k == key)
            .and_then(|(_, v)| v.clone())
    };
    let script_location = get("script_location");
    let tree = script_location.as_ref().map(|v| {
        v.trim_end_matches(['/', '\\'])
            .rsplit(['/', '\\'])
            .next()
            .unwrap_or("")
            .to_string()
    });
    Ok(IniSettings {
        url: get("sqlalchemy.url"),
        script_location,
        tree,
        here: here.to_path_buf(),
    })
}

/// Python ConfigParser's structure rules (strict mode, `=` and `:` delimiters, `#`
/// and `;` whole-line comments, no inline comments, indented continuation lines,
/// blank lines kept inside values, option names in lower case, section names as
/// written).
pub fn parse(text: &str) -> Result<Parsed, String> {
    enum Cur {
        None,
        Defaults,
        Section(usize),
    }
    let mut p = Parsed::default();
    let mut cur = Cur::None;
    // The option continuation lines add to: its place, and the lines so far.
    let mut option: Option<(usize, Vec<String>)> = None;
    let mut indent_level = usize::MAX;
    let mut seen_sections: Vec<String> = Vec::new();
    let mut first_error: Option<String> = None;
    let mut values: Vec<Vec<String>> = Vec::new();
    // Per section (usize::MAX for defaults), option name -> slot in `values`.
    let mut slots: Vec<(usize, String, Option<usize>)> = Vec::new();
    let flush = |option: &mut Option<(usize, Vec<String>)>, values: &mut Vec<Vec<String>>| {
        if let Some((slot, lines)) = option.take() {
            values[slot] = lines;
        }
    };
    for (i, raw) in text.lines().enumerate() {
        let n = i + 1;
        let stripped = raw.trim();
        let comment = stripped.starts_with('#') || stripped.starts_with(';');
        let value = if comment { "" } else { stripped };
        if value.is_empty() {
            if !comment {
                if let Some((_, lines)) = option.as_mut() {
                    lines.push(String::new());
                }
            }
            continue;
        }
        let indent = raw.len() - raw.trim_start().len();
        if option.is_some() && indent > indent_level {
            if let Some((_, lines)) = option.as_mut() {
                lines.push(value.to_string());
            }
            continue;
        }
        indent_level = indent;
        if let Some(header) = section_header(value) {
            flush(&mut option, &mut values);
            if header == "DEFAULT" {
                cur = Cur::Defaults;
            } else if seen_sections.iter().any(|s| s == header) {
                return Err(format!(
                    "line {n}: section [{}] appears twice",
                    redact(header)
                ));
            } else {
                seen_sections.push(header.to_string());
                p.sections.push((header.to_string(), Vec::new()));
                cur = Cur::Section(p.sections.len() - 1);
            }
            continue;
        }
        let section_index = match cur {
            Cur::None => {
                return Err(format!(
                    "line {n}: {:?} comes before any [section] header",
                    redact(value)
                ))
            }
            Cur::Defaults => usize::MAX,
            Cur::Section(s) => s,
        };
        let Some(d) = value.find(['=', ':']) else {
            flush(&mut option, &mut values);
            first_error.get_or_insert(format!(
                "line {n}: cannot parse {:?} (expected `key = value`, a [section] header or a comment)",
                redact(value)
            ));
            continue;
        };
        let key = value[..d].trim_end().to_lowercase();
        if key.is_empty() {
            flush(&mut option, &mut values);
            first_error.get_or_insert(format!("line {n}: {:?} has no option name", redact(value)));
            continue;
        }
        if slots
            .iter()
            .any(|(s, k, _)| *s == section_index && *k == key)
        {
            let section = match cur {
                Cur::Section(s) => p.sections[s].0.clone(),
                _ => "DEFAULT".into(),
            };
            return Err(format!(
                "line {n}: option {key} appears twice in [{section}]"
            ));
        }
        flush(&mut option, &mut values);
        values.push(Vec::new());
        let slot = values.len() - 1;
        slots.push((section_index, key, Some(slot)));
        option = Some((slot, vec![value[d + 1..].trim().to_string()]));
    }
    flush(&mut option, &mut values);
    if let Some(e) = first_error {
        return Err(e);
    }
    for (section_index, key, slot) in slots {
        let v = slot.map(|s| values[s].join("\n").trim_end().to_string());
        if section_index == usize::MAX {
            p.defaults.push((key, v));
        } else {
            p.sections[section_index].1.push((key, v));
        }
    }
    Ok(p)
}

/// `[name]` as ConfigParser's `\[(?P<header>.+)\]` matches it: from the first
/// character to the last `]`, at least one character between.
fn section_header(value: &str) -> Option<&str> {
    let rest = value.strip_prefix('[')?;
    let end = rest.rfind(']')?;
    (end > 0).then(|| &rest[..end])
}

/// ConfigParser's basic interpolation: `%%` is `%`, `%(name)s` the value of option
/// `name` of the same section or `[DEFAULT]` (itself interpolated, 10 levels at
/// most); any other `%` is an error.
fn interpolate(v: &str, map: &[(String, Option<String>)], depth: usize) -> Result<String, String> {
    if depth > 10 {
        return Err(format!(
            "interpolation nested too deeply in {:?}",
            redact(v)
        ));
    }
    let mut out = String::new();
    let mut rest = v;
    while let Some(i) = rest.find('%') {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        if let Some(t) = tail.strip_prefix("%%") {
            out.push('%');
            rest = t;
        } else if let Some(t) = tail.strip_prefix("%(") {
            let Some(close) = t
                .find(')')
                .filter(|&c| c > 0 && t[c + 1..].starts_with('s'))
            else {
                return Err(format!(
                    "bad interpolation in {:?} (write %(name)s, or a literal % as %%)",
                    redact(v)
                ));
            };
            let name = t[..close].to_lowercase();
            let Some(Some(value)) = map.iter().find(|(k, _)| *k == name).map(|(_, v)| v) else {
                return Err(format!(
                    "{:?} names {name:?}, which is no option of the section or [DEFAULT]",
                    redact(v)
                ));
            };
            out.push_str(&interpolate(value, map, depth + 1)?);
            rest = &t[close + 2..];
        } else {
            // The value may be a URL with a password: never print that.
            return Err(format!(
                "'%' must be followed by '%' or '(' in {:?} (write a literal % as %%)",
                redact(v)
            ));
        }
    }
    out.push_str(rest);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ini(text: &str) -> Result<IniSettings, String> {
        parse_ini(text, Path::new("/etc/x"))
    }

    #[test]
    fn reads_url_and_tree_from_asterisk_style_ini() {
        let s = ini("# c\n[alembic]\nscript_location = config\n#sqlalchemy.url = driver://x\nsqlalchemy.url = mysql://user:p%%40ss@localhost/asterisk\n\n[loggers]\nkeys = root\n").unwrap();
        assert_eq!(
            s.url.as_deref(),
            Some("mysql://user:p%40ss@localhost/asterisk")
        );
        assert_eq!(s.tree.as_deref(), Some("config"));
    }

    #[test]
    fn here_is_interpolated_and_paths_give_the_tree() {
        let s = ini("[alembic]\nscript_location = /opt/ast-db-manage/cdr/\nsqlalchemy.url = sqlite:///%(here)s/a.db\n")
            .unwrap();
        assert_eq!(s.url.as_deref(), Some("sqlite:////etc/x/a.db"));
        assert_eq!(s.tree.as_deref(), Some("cdr"));
        assert_eq!(
            s.script_location.as_deref(),
            Some("/opt/ast-db-manage/cdr/")
        );
    }

    #[test]
    fn missing_section_is_an_error() {
        assert!(ini("[other]\na=b\n").unwrap_err().contains("[alembic]"));
    }

    #[test]
    fn logging_sections_are_not_interpolated() {
        let s = ini("[alembic]\nscript_location = config\n\n[formatter_generic]\nformat = %(levelname)-5.5s [%(name)s] %(message)s\ndatefmt = %H:%M:%S\n").unwrap();
        assert_eq!(s.tree.as_deref(), Some("config"));
    }

    #[test]
    fn the_alembic_section_and_defaults_are_interpolated_entirely() {
        let s = ini("[DEFAULT]\nhost = db.example.org\n[alembic]\nuser = ast\nsqlalchemy.url = mysql://%(user)s@%(HOST)s/asterisk\n").unwrap();
        assert_eq!(
            s.url.as_deref(),
            Some("mysql://ast@db.example.org/asterisk")
        );
        let e = ini("[alembic]\nscript_location = config\nother = 100%\n").unwrap_err();
        assert!(e.contains("[alembic] other") && e.contains("'%'"), "{e}");
        let e = ini("[alembic]\nsqlalchemy.url = %(nothere)s\n").unwrap_err();
        assert!(e.contains("nothere"), "{e}");
        let e = ini("[alembic]\na = %(b)s\nb = %(a)s\n").unwrap_err();
        assert!(e.contains("too deeply"), "{e}");
    }

    #[test]
    fn broken_structure_is_an_error_naming_the_line() {
        let e = ini("[alembic\nscript_location = config\n").unwrap_err();
        assert!(e.starts_with("line 1:"), "{e}");
        let e = ini("[alembic]\nscript_location = config\n[alembic]\nsqlalchemy.url = x\n")
            .unwrap_err();
        assert!(e.contains("line 3") && e.contains("twice"), "{e}");
        let e = ini("[alembic]\nscript_location = config\nSCRIPT_LOCATION = cdr\n").unwrap_err();
        assert!(e.contains("line 3") && e.contains("script_location"), "{e}");
        let e = ini("[alembic]\nscript_location = config\njust words\n").unwrap_err();
        assert!(e.contains("line 3") && e.contains("just words"), "{e}");
        let e = ini("script_location = config\n[alembic]\n").unwrap_err();
        assert!(e.contains("before any [section]"), "{e}");
        let e = ini("[alembic]\n[]\n").unwrap_err();
        assert!(e.contains("line 2"), "{e}");
    }

    #[test]
    fn no_structure_error_quotes_a_password() {
        let url = "mysql://u:secret@h/db";
        for text in [
            format!("sqlalchemy.url = {url}\n[alembic]\n"),
            format!("[alembic]\n= {url}\n"),
            format!("[{url}]\n[{url}]\n"),
            format!("[alembic]\nsqlalchemy.url = %(a)s\na = %(b)s\nb = %(a)s {url}\n"),
            format!("[alembic]\nsqlalchemy.url = {url}%\n"),
            format!("[alembic]\nsqlalchemy.url = {url}%(nope)s\n"),
        ] {
            let e = ini(&text).unwrap_err();
            assert!(!e.contains("secret"), "{text:?}: {e}");
            assert!(e.contains("***"), "{text:?}: {e}");
        }
        let e = ini(&format!("sqlalchemy.url = {url}\n[alembic]\n")).unwrap_err();
        assert_eq!(
            e,
            "line 1: \"sqlalchemy.url = mysql://***@h/db\" comes before any [section] header"
        );
    }

    #[test]
    fn continuation_lines_and_comments_follow_configparser() {
        let p = parse("[a]\nk = one\n  two\n\n  three\n# c\n  four\nj: x = y\n; c\n").unwrap();
        let a = p.section("a").unwrap();
        assert_eq!(a[0], ("k".into(), Some("one\ntwo\n\nthree\nfour".into())));
        assert_eq!(a[1], ("j".into(), Some("x = y".into())));
        // A section name keeps its case; [Alembic] is not [alembic].
        assert!(ini("[Alembic]\nscript_location = config\n").is_err());
    }
}
