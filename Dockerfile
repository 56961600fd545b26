# The ast-schema container image: a small, non-root image holding one static-ish
# binary (glibc only), meant for init containers, Jobs and compose services.
#
#   docker build -t ast-schema .
#   docker run --rm -e AST_SCHEMA_URL=mysql://asterisk:secret@db/asterisk ast-schema
#
# Base images are pinned by tag (Rust toolchain at the crate's rust-version, Debian 12
# on both sides so the binary's glibc matches); pin them by digest as well in your own
# registry if your policy asks for it.

FROM rust:1.89-slim-bookworm AS build
WORKDIR /src
# The bundled SQLite is C: the slim image's gcc and libc6-dev build it.
COPY Cargo.toml Cargo.lock README.md LICENSE ./
COPY src ./src
COPY migrations ./migrations
RUN cargo build --release --locked \
    && install -m 0755 target/release/ast-schema /ast-schema

# distroless "cc": glibc, libgcc and CA certificates, no shell; the nonroot tag runs as
# uid 65532.
FROM gcr.io/distroless/cc-debian12:nonroot
COPY --from=build /ast-schema /usr/local/bin/ast-schema
USER nonroot:nonroot
WORKDIR /home/nonroot
# A container has nothing to do with the built-in SQLite default: without a URL it
# refuses (exit 3) instead of writing a throwaway file.
ENV AST_SCHEMA_REQUIRE_URL=1
ENTRYPOINT ["/usr/local/bin/ast-schema"]
CMD ["--wait", "60", "--create-database", "--tree", "all", "upgrade", "head"]
