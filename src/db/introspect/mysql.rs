//! MySQL/MariaDB: the schema from `information_schema`.

use super::{new_table, q, s, Dump, Fk, CHECK, FK, INDEX, PK, TRIGGER};
use crate::db::driver::Connection;
use crate::error::Error;

pub(super) fn read(conn: &mut dyn Connection) -> Result<Dump, Error> {
    let mut d = Dump::default();
    for r in q(conn, "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'")? {
        d.tables.push(new_table(s(&r[0])));
    }
    for r in q(
        conn,
        "SELECT table_name, column_name, ordinal_position, column_type, is_nullable, column_default, extra \
         FROM information_schema.columns WHERE table_schema = DATABASE()",
    )? {
        let Some(t) = d.table(s(&r[0])) else { continue };
        let mut line = format!("{} {}", s(&r[1]), mysql_type(s(&r[3])));
        if s(&r[4]) == "NO" {
            line.push_str(" not null");
        }
        if let Some(def) = &r[5] {
            if def != "NULL" {
                line.push_str(&format!(" default={def}"));
            }
        }
        let extra = s(&r[6]).to_lowercase().replace("default_generated", "");
        if !extra.trim().is_empty() {
            line.push_str(&format!(" {}", extra.trim()));
        }
        t.columns.push((s(&r[2]).parse().unwrap_or(0), line));
    }
    let mut idx: Vec<(String, String, bool, Vec<String>)> = Vec::new();
    for r in q(
        conn,
        "SELECT table_name, index_name, non_unique, column_name, sub_part FROM information_schema.statistics \
         WHERE table_schema = DATABASE() ORDER BY table_name, index_name, seq_in_index",
    )? {
        let col = match &r[4] {
            Some(p) => format!("{}({p})", s(&r[3])),
            None => s(&r[3]).to_string(),
        };
        match idx.iter_mut().find(|i| i.0 == s(&r[0]) && i.1 == s(&r[1])) {
            Some(i) => i.3.push(col),
            None => idx.push((s(&r[0]).into(), s(&r[1]).into(), s(&r[2]) == "0", vec![col])),
        }
    }
    for (table, name, unique, cols) in idx {
        let Some(t) = d.table(&table) else { continue };
        if name == "PRIMARY" {
            t.constraints.push((PK, format!("pk ({})", cols.join(","))));
        } else {
            t.constraints.push((
                INDEX,
                format!(
                    "index {name} ({}){}",
                    cols.join(","),
                    if unique { " unique" } else { "" }
                ),
            ));
        }
    }
    let rules = q(
        conn,
        "SELECT table_name, constraint_name, update_rule, delete_rule FROM information_schema.referential_constraints \
         WHERE constraint_schema = DATABASE()",
    )?;
    let mut fks: Vec<Fk> = Vec::new();
    for r in q(
        conn,
        "SELECT table_name, constraint_name, column_name, referenced_table_name, referenced_column_name \
         FROM information_schema.key_column_usage WHERE table_schema = DATABASE() AND referenced_table_name IS NOT NULL \
         ORDER BY table_name, constraint_name, ordinal_position",
    )? {
        let rule = rules.iter().find(|x| s(&x[0]) == s(&r[0]) && s(&x[1]) == s(&r[1]));
        // MariaDB reports the default rule as RESTRICT, MySQL 8 as NO ACTION; InnoDB
        // treats them alike.
        let norm = |v: &str| if v.eq_ignore_ascii_case("restrict") { "no action".to_string() } else { v.to_lowercase() };
        let (upd, del) = rule.map(|x| (norm(s(&x[2])), norm(s(&x[3])))).unwrap_or_default();
        Fk::add(&mut fks, (s(&r[0]), s(&r[1])), s(&r[3]), s(&r[2]), s(&r[4]), (upd, del));
    }
    for fk in fks {
        if let Some(t) = d.table(&fk.table) {
            t.constraints.push((FK, fk.line(true)));
        }
    }
    // MariaDB and MySQL 8 both have CHECK_CONSTRAINTS; older servers do not.
    if let Ok(rows) = conn.query(
        "SELECT table_name, constraint_name, check_clause FROM information_schema.check_constraints WHERE constraint_schema = DATABASE()",
    ) {
        for r in rows {
            if let Some(t) = d.table(s(&r[0])) {
                t.constraints.push((CHECK, format!("check {} {}", s(&r[1]), s(&r[2]))));
            }
        }
    }
    for r in q(conn, "SELECT trigger_name, event_object_table FROM information_schema.triggers WHERE trigger_schema = DATABASE()")? {
        if let Some(t) = d.table(s(&r[1])) {
            t.constraints.push((TRIGGER, format!("trigger {}", s(&r[0]))));
        }
    }
    for r in q(
        conn,
        "SELECT table_name FROM information_schema.views WHERE table_schema = DATABASE()",
    )? {
        d.views.push(s(&r[0]).to_string());
    }
    Ok(d)
}

/// `int(11)` -> `int`, `bigint(20) unsigned` -> `bigint unsigned`; other types as given.
fn mysql_type(t: &str) -> String {
    // Lowercase the type name, not the ENUM values inside the parentheses.
    let t = match t.find('(') {
        Some(i) => format!("{}{}", t[..i].to_lowercase(), &t[i..]),
        None => t.to_lowercase(),
    };
    for int in ["tinyint", "smallint", "mediumint", "int", "bigint"] {
        if let Some(rest) = t.strip_prefix(int) {
            if let Some(close) = rest
                .strip_prefix('(')
                .and_then(|r| r.find(')').map(|i| (i, r)))
            {
                let (i, r) = close;
                // keep tinyint(1): it is how MySQL spells BOOL
                if int == "tinyint" && &r[..i] == "1" {
                    return t;
                }
                return format!("{int}{}", &r[i + 1..]);
            }
        }
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mysql_integer_display_widths_are_dropped_but_bool_stays() {
        assert_eq!(mysql_type("int(11)"), "int");
        assert_eq!(mysql_type("bigint(20) unsigned"), "bigint unsigned");
        assert_eq!(mysql_type("tinyint(1)"), "tinyint(1)");
        assert_eq!(mysql_type("varchar(40)"), "varchar(40)");
        assert_eq!(mysql_type("enum('a','b')"), "enum('a','b')");
    }
}
