//! The `ast-schema` binary: see `cli.rs`.

fn main() {
    std::process::exit(ast_schema::cli::main());
}
