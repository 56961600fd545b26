//! Quoting: identifiers and string literals as each database's parser wants them,
//! the reserved words that force quotes, and the short stable hash used where a
//! name must be cut to a database's length limit.

use std::borrow::Cow;

use crate::definitions::dialect::Dialect;

impl Dialect {
    /// Quotes an identifier when it needs it: not all lowercase letters, digits and
    /// underscores, starts with a digit, or is a reserved word.
    pub fn ident(self, name: &str) -> Cow<'_, str> {
        let plain = name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
            && !name.starts_with(|c: char| c.is_ascii_digit())
            && !name.is_empty()
            && !is_reserved(name);
        if plain {
            return Cow::Borrowed(name);
        }
        let q = if self == Dialect::Mysql { '`' } else { '"' };
        let mut s = String::with_capacity(name.len() + 2);
        s.push(q);
        for c in name.chars() {
            if c == q {
                s.push(q);
            }
            s.push(c);
        }
        s.push(q);
        Cow::Owned(s)
    }

    /// A string literal (MySQL also treats the backslash as an escape character).
    pub fn literal(self, value: &str) -> String {
        let mut s = String::with_capacity(value.len() + 2);
        s.push('\'');
        for c in value.chars() {
            match c {
                '\'' => s.push_str("''"),
                '\\' if self == Dialect::Mysql => s.push_str("\\\\"),
                c => s.push(c),
            }
        }
        s.push('\'');
        s
    }

    pub fn idents(self, names: &[String]) -> String {
        names
            .iter()
            .map(|n| self.ident(n))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The length in characters of a string expression.
    pub fn char_length(self, expr: &str) -> String {
        match self {
            Dialect::Mysql => format!("CHAR_LENGTH({expr})"),
            Dialect::Postgresql => format!("char_length({expr})"),
            Dialect::Sqlite => format!("length({expr})"),
        }
    }

    /// An expression's value as text, so that it can be compared with any string
    /// (a PostgreSQL enum refuses a literal that is not one of its labels).
    pub fn text_of(self, expr: &str) -> String {
        match self {
            Dialect::Postgresql => format!("{expr}::text"),
            _ => expr.to_string(),
        }
    }

    /// The statement terminator its command-line client expects.
    pub fn terminator(self) -> &'static str {
        ";"
    }
}

/// FNV-1a, 64 bits: a stable hash for lock keys and shortened names (the same in
/// every build and on every machine).
pub fn fnv1a(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Reserved words of MySQL/MariaDB and PostgreSQL; a name on this list is quoted on
/// every dialect (harmless where the word is not reserved).
pub fn is_reserved(name: &str) -> bool {
    let upper = name.to_ascii_uppercase();
    RESERVED.binary_search(&upper.as_str()).is_ok()
}

static RESERVED: &[&str] = &[
    "ACCESSIBLE",
    "ADD",
    "ALL",
    "ALTER",
    "ANALYSE",
    "ANALYZE",
    "AND",
    "ANY",
    "ARRAY",
    "AS",
    "ASC",
    "ASENSITIVE",
    "ASYMMETRIC",
    "AUTHORIZATION",
    "BEFORE",
    "BETWEEN",
    "BIGINT",
    "BINARY",
    "BLOB",
    "BOTH",
    "BY",
    "CALL",
    "CASCADE",
    "CASE",
    "CAST",
    "CHANGE",
    "CHAR",
    "CHARACTER",
    "CHECK",
    "COLLATE",
    "COLLATION",
    "COLUMN",
    "CONCURRENTLY",
    "CONDITION",
    "CONSTRAINT",
    "CONTINUE",
    "CONVERT",
    "CREATE",
    "CROSS",
    "CUBE",
    "CUME_DIST",
    "CURRENT_CATALOG",
    "CURRENT_DATE",
    "CURRENT_ROLE",
    "CURRENT_SCHEMA",
    "CURRENT_TIME",
    "CURRENT_TIMESTAMP",
    "CURRENT_USER",
    "CURSOR",
    "DATABASE",
    "DATABASES",
    "DAY_HOUR",
    "DAY_MICROSECOND",
    "DAY_MINUTE",
    "DAY_SECOND",
    "DEC",
    "DECIMAL",
    "DECLARE",
    "DEFAULT",
    "DEFERRABLE",
    "DELAYED",
    "DELETE",
    "DENSE_RANK",
    "DESC",
    "DESCRIBE",
    "DETERMINISTIC",
    "DISTINCT",
    "DISTINCTROW",
    "DIV",
    "DO",
    "DOUBLE",
    "DROP",
    "DUAL",
    "EACH",
    "ELSE",
    "ELSEIF",
    "EMPTY",
    "ENCLOSED",
    "END",
    "ESCAPED",
    "EXCEPT",
    "EXISTS",
    "EXIT",
    "EXPLAIN",
    "FALSE",
    "FETCH",
    "FIRST_VALUE",
    "FLOAT",
    "FLOAT4",
    "FLOAT8",
    "FOR",
    "FORCE",
    "FOREIGN",
    "FREEZE",
    "FROM",
    "FULL",
    "FULLTEXT",
    "FUNCTION",
    "GENERATED",
    "GET",
    "GRANT",
    "GROUP",
    "GROUPING",
    "GROUPS",
    "HAVING",
    "HIGH_PRIORITY",
    "HOUR_MICROSECOND",
    "HOUR_MINUTE",
    "HOUR_SECOND",
    "IF",
    "IGNORE",
    "ILIKE",
    "IN",
    "INDEX",
    "INFILE",
    "INITIALLY",
    "INNER",
    "INOUT",
    "INSENSITIVE",
    "INSERT",
    "INT",
    "INT1",
    "INT2",
    "INT3",
    "INT4",
    "INT8",
    "INTEGER",
    "INTERSECT",
    "INTERVAL",
    "INTO",
    "IO_AFTER_GTIDS",
    "IO_BEFORE_GTIDS",
    "IS",
    "ISNULL",
    "ITERATE",
    "JOIN",
    "JSON_TABLE",
    "KEY",
    "KEYS",
    "KILL",
    "LAG",
    "LAST_VALUE",
    "LATERAL",
    "LEAD",
    "LEADING",
    "LEAVE",
    "LEFT",
    "LIKE",
    "LIMIT",
    "LINEAR",
    "LINES",
    "LOAD",
    "LOCALTIME",
    "LOCALTIMESTAMP",
    "LOCK",
    "LONG",
    "LONGBLOB",
    "LONGTEXT",
    "LOOP",
    "LOW_PRIORITY",
    "MASTER_BIND",
    "MASTER_SSL_VERIFY_SERVER_CERT",
    "MATCH",
    "MAXVALUE",
    "MEDIUMBLOB",
    "MEDIUMINT",
    "MEDIUMTEXT",
    "MIDDLEINT",
    "MINUTE_MICROSECOND",
    "MINUTE_SECOND",
    "MOD",
    "MODIFIES",
    "NATURAL",
    "NOT",
    "NOTNULL",
    "NO_WRITE_TO_BINLOG",
    "NTH_VALUE",
    "NTILE",
    "NULL",
    "NUMERIC",
    "OF",
    "OFFSET",
    "ON",
    "ONLY",
    "OPTIMIZE",
    "OPTIMIZER_COSTS",
    "OPTION",
    "OPTIONALLY",
    "OR",
    "ORDER",
    "OUT",
    "OUTER",
    "OUTFILE",
    "OVER",
    "OVERLAPS",
    "PARTITION",
    "PERCENT_RANK",
    "PLACING",
    "PRECISION",
    "PRIMARY",
    "PROCEDURE",
    "PURGE",
    "QUALIFY",
    "RANGE",
    "RANK",
    "READ",
    "READS",
    "READ_WRITE",
    "REAL",
    "RECURSIVE",
    "REFERENCES",
    "REGEXP",
    "RELEASE",
    "RENAME",
    "REPEAT",
    "REPLACE",
    "REQUIRE",
    "RESIGNAL",
    "RESTRICT",
    "RETURN",
    "RETURNING",
    "REVOKE",
    "RIGHT",
    "RLIKE",
    "ROW",
    "ROWS",
    "ROW_NUMBER",
    "SCHEMA",
    "SCHEMAS",
    "SECOND_MICROSECOND",
    "SELECT",
    "SENSITIVE",
    "SEPARATOR",
    "SESSION_USER",
    "SET",
    "SHOW",
    "SIGNAL",
    "SIMILAR",
    "SMALLINT",
    "SOME",
    "SPATIAL",
    "SPECIFIC",
    "SQL",
    "SQLEXCEPTION",
    "SQLSTATE",
    "SQLWARNING",
    "SQL_BIG_RESULT",
    "SQL_CALC_FOUND_ROWS",
    "SQL_SMALL_RESULT",
    "SSL",
    "STARTING",
    "STORED",
    "STRAIGHT_JOIN",
    "SYMMETRIC",
    "SYSTEM",
    "SYSTEM_USER",
    "TABLE",
    "TABLESAMPLE",
    "TERMINATED",
    "THEN",
    "TINYBLOB",
    "TINYINT",
    "TINYTEXT",
    "TO",
    "TRAILING",
    "TRIGGER",
    "TRUE",
    "UNDO",
    "UNION",
    "UNIQUE",
    "UNLOCK",
    "UNSIGNED",
    "UPDATE",
    "USAGE",
    "USE",
    "USER",
    "USING",
    "UTC_DATE",
    "UTC_TIME",
    "UTC_TIMESTAMP",
    "VALUES",
    "VARBINARY",
    "VARCHAR",
    "VARCHARACTER",
    "VARIADIC",
    "VARYING",
    "VERBOSE",
    "VIRTUAL",
    "WHEN",
    "WHERE",
    "WHILE",
    "WINDOW",
    "WITH",
    "WRITE",
    "XOR",
    "YEAR_MONTH",
    "ZEROFILL",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reserved_list_is_sorted_for_binary_search() {
        assert!(
            RESERVED.windows(2).all(|w| w[0] < w[1]),
            "RESERVED must stay sorted and unique"
        );
    }

    #[test]
    fn identifiers_are_quoted_only_when_needed() {
        assert_eq!(Dialect::Mysql.ident("ps_endpoints"), "ps_endpoints");
        assert_eq!(Dialect::Mysql.ident("100rel"), "`100rel`");
        assert_eq!(
            Dialect::Postgresql.ident("session-timers"),
            "\"session-timers\""
        );
        assert_eq!(Dialect::Postgresql.ident("match"), "\"match\"");
        assert_eq!(Dialect::Sqlite.ident("end"), "\"end\"");
        assert_eq!(Dialect::Mysql.ident("@body"), "`@body`");
        assert_eq!(Dialect::Postgresql.ident("Qualify"), "\"Qualify\"");
    }

    #[test]
    fn literals_escape_quotes_and_mysql_backslashes() {
        assert_eq!(Dialect::Postgresql.literal("it's"), "'it''s'");
        assert_eq!(Dialect::Mysql.literal("a\\b"), "'a\\\\b'");
        assert_eq!(Dialect::Sqlite.literal("a\\b"), "'a\\b'");
    }
}
