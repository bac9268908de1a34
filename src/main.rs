fn main() {
    // The command line is parsed in `pingyi::cli`; this stays thin.
}
