//! The raw SQL statements revision scripts pass to `op.execute`, read back into
//! operations so the schema model knows their effect.
//!
//! Only the shapes Asterisk's scripts use are understood: `ALTER TABLE t ALTER COLUMN c
//! TYPE x [USING expr]`, `ALTER TYPE a RENAME TO b`, `DROP TYPE x` and `UPDATE t SET c =
//! 'v' [WHERE c2 = 'a' OR c2 = 'b' ... | WHERE c2 IN ('a', ...)]`. Anything else is an
//! error: a statement whose effect the model cannot know is never passed through.

use crate::definitions::dialect::Dialect;
use crate::definitions::ops::{AlterColumn, ColumnType, Op, Update};

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Word(String),
    Quoted(String),
    Str(String),
    Punct(char),
}

fn tokenize(sql: &str) -> Result<Vec<(Tok, usize)>, String> {
    let b: Vec<char> = sql.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let start = i;
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if c.is_alphanumeric() || c == '_' {
            let mut w = String::new();
            while i < b.len() && (b[i].is_alphanumeric() || b[i] == '_' || b[i] == '$') {
                w.push(b[i]);
                i += 1;
            }
            out.push((Tok::Word(w), start));
            continue;
        }
        if c == '"' || c == '`' {
            let mut w = String::new();
            i += 1;
            while i < b.len() && b[i] != c {
                w.push(b[i]);
                i += 1;
            }
            if i == b.len() {
                return Err("unterminated quoted name".into());
            }
            i += 1;
            out.push((Tok::Quoted(w), start));
            continue;
        }
        if c == '\'' {
            let mut w = String::new();
            i += 1;
            loop {
                if i == b.len() {
                    return Err("unterminated string".into());
                }
                if b[i] == '\'' {
                    if i + 1 < b.len() && b[i + 1] == '\'' {
                        w.push('\'');
                        i += 2;
                        continue;
                    }
                    i += 1;
                    break;
                }
                w.push(b[i]);
                i += 1;
            }
            out.push((Tok::Str(w), start));
            continue;
        }
        out.push((Tok::Punct(c), start));
        i += 1;
    }
    Ok(out)
}

struct Cur<'a> {
    toks: &'a [(Tok, usize)],
    pos: usize,
    sql: &'a str,
}

impl Cur<'_> {
    fn kw(&mut self, k: &str) -> bool {
        match self.toks.get(self.pos) {
            Some((Tok::Word(w), _)) if w.eq_ignore_ascii_case(k) => {
                self.pos += 1;
                true
            }
            _ => false,
        }
    }

    fn expect(&mut self, k: &str) -> Result<(), String> {
        if self.kw(k) {
            Ok(())
        } else {
            Err(format!("expected {k}"))
        }
    }

    fn name(&mut self) -> Result<String, String> {
        match self.toks.get(self.pos) {
            Some((Tok::Word(w), _)) | Some((Tok::Quoted(w), _)) => {
                self.pos += 1;
                Ok(w.clone())
            }
            _ => Err("expected a name".into()),
        }
    }

    fn punct(&mut self, c: char) -> bool {
        if self.toks.get(self.pos).map(|t| &t.0) == Some(&Tok::Punct(c)) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn string(&mut self) -> Result<String, String> {
        match self.toks.get(self.pos) {
            Some((Tok::Str(s), _)) => {
                self.pos += 1;
                Ok(s.clone())
            }
            _ => Err("expected a string literal".into()),
        }
    }

    fn end(&mut self) -> Result<(), String> {
        self.punct(';');
        if self.pos == self.toks.len() {
            Ok(())
        } else {
            Err("unexpected text after the statement".into())
        }
    }

    /// The source text from the current token to the end (without a final `;`).
    fn rest(&mut self) -> String {
        let start = self
            .toks
            .get(self.pos)
            .map(|t| t.1)
            .unwrap_or(self.sql.len());
        self.pos = self.toks.len();
        let chars: String = self.sql.chars().skip(start).collect();
        chars.trim().trim_end_matches(';').trim().to_string()
    }
}

/// `UPDATE table SET column = ...` with the value and condition still to fill in.
pub(super) fn blank_update(table: String, column: String) -> Update {
    Update {
        table,
        column,
        value: None,
        null: false,
        from_column: None,
        where_in: None,
        where_column: None,
    }
}

/// Reads one statement into an operation.
pub fn recognize(sql: &str, _dialect: Dialect) -> Result<Op, String> {
    let flat = sql.split_whitespace().collect::<Vec<_>>().join(" ");
    let toks = tokenize(&flat)?;
    let mut c = Cur {
        toks: &toks,
        pos: 0,
        sql: &flat,
    };
    let fail = |e: String| format!("SQL not understood ({e}): {flat}");
    let r = (|| -> Result<Op, String> {
        if c.kw("ALTER") {
            if c.kw("TYPE") {
                let name = c.name()?;
                c.expect("RENAME")?;
                c.expect("TO")?;
                let new_name = c.name()?;
                c.end()?;
                return Ok(Op::RenameEnum { name, new_name });
            }
            c.expect("TABLE")?;
            let table = c.name()?;
            c.expect("ALTER")?;
            c.kw("COLUMN");
            let column = c.name()?;
            c.expect("TYPE")?;
            let ty = sql_type(&mut c)?;
            let using = if c.kw("USING") { Some(c.rest()) } else { None };
            c.end()?;
            return Ok(Op::AlterColumn(AlterColumn {
                table,
                column,
                ty: Some(ty),
                using,
                ..Default::default()
            }));
        }
        if c.kw("DROP") {
            c.expect("TYPE")?;
            let name = c.name()?;
            c.end()?;
            return Ok(Op::DropEnum { name });
        }
        if c.kw("UPDATE") {
            let table = c.name()?;
            c.expect("SET")?;
            let column = c.name()?;
            if !c.punct('=') {
                return Err("expected =".into());
            }
            let mut up = blank_update(table, column);
            if c.kw("NULL") {
                up.null = true;
            } else {
                up.value = Some(c.string()?);
            }
            if c.kw("WHERE") {
                let col = c.name()?;
                let mut vals = Vec::new();
                if c.kw("IN") {
                    if !c.punct('(') {
                        return Err("expected (".into());
                    }
                    loop {
                        vals.push(c.string()?);
                        if c.punct(')') {
                            break;
                        }
                        if !c.punct(',') {
                            return Err("expected , or )".into());
                        }
                    }
                } else {
                    if !c.punct('=') {
                        return Err("expected = or IN".into());
                    }
                    vals.push(c.string()?);
                    while c.kw("OR") {
                        let again = c.name()?;
                        if again != col {
                            return Err(format!("OR on another column ({again})"));
                        }
                        if !c.punct('=') {
                            return Err("expected =".into());
                        }
                        vals.push(c.string()?);
                    }
                }
                if col != up.column {
                    up.where_column = Some(col);
                }
                up.where_in = Some(vals);
            }
            c.end()?;
            return Ok(Op::Update(up));
        }
        Err("not a statement ast-schema can model".into())
    })();
    r.map_err(fail)
}

fn sql_type(c: &mut Cur) -> Result<ColumnType, String> {
    let word = c.name()?;
    let lower = word.to_ascii_lowercase();
    let arg = if c.punct('(') {
        let n = match c.toks.get(c.pos) {
            Some((Tok::Word(w), _)) => w.parse::<u32>().map_err(|_| format!("bad length {w}"))?,
            _ => return Err("expected a length".into()),
        };
        c.pos += 1;
        if !c.punct(')') {
            return Err("expected )".into());
        }
        Some(n)
    } else {
        None
    };
    Ok(match (lower.as_str(), arg) {
        ("varchar", Some(n)) => ColumnType::String(n),
        ("bigint", None) => ColumnType::BigInt,
        ("integer" | "int", None) => ColumnType::Integer,
        ("text", None) => ColumnType::Text,
        ("boolean", None) => ColumnType::Boolean,
        (_, None) if crate::definitions::ops::is_identifier(&word) => ColumnType::Enum(word),
        _ => return Err(format!("unknown type {word}")),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_statements_scripts_use_are_read() {
        let d = Dialect::Postgresql;
        match recognize(
            "ALTER TABLE ps_endpoints ALTER COLUMN \"100rel\" TYPE pjsip_100rel_values_v2 USING \"100rel\"::text::pjsip_100rel_values_v2",
            d,
        )
        .unwrap()
        {
            Op::AlterColumn(a) => {
                assert_eq!(a.column, "100rel");
                assert_eq!(a.ty, Some(ColumnType::Enum("pjsip_100rel_values_v2".into())));
                assert_eq!(
                    a.using.as_deref(),
                    Some("\"100rel\"::text::pjsip_100rel_values_v2")
                );
            }
            o => panic!("{o:?}"),
        }
        assert_eq!(
            recognize("ALTER TYPE a RENAME TO b", d).unwrap(),
            Op::RenameEnum {
                name: "a".into(),
                new_name: "b".into()
            }
        );
        match recognize("UPDATE t SET m='1' WHERE m='on' OR m='yes'", d).unwrap() {
            Op::Update(u) => {
                assert_eq!(u.value.as_deref(), Some("1"));
                assert_eq!(u.where_in, Some(vec!["on".into(), "yes".into()]));
                assert_eq!(u.where_column, None);
            }
            o => panic!("{o:?}"),
        }
        let e = recognize("DELETE FROM t", d).unwrap_err();
        assert!(e.contains("DELETE FROM t"), "{e}");
    }
}
