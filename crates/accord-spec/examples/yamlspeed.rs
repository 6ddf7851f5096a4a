//! Times the raw YAML event parser on a file (to separate parse cost from model building).
fn main() {
    let path = std::env::args().nth(1).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    let t = std::time::Instant::now();
    let mut parser = yaml_rust2::parser::Parser::new_from_str(&text);
    let mut n = 0usize;
    loop {
        let (ev, _) = parser.next_token().unwrap();
        n += 1;
        if matches!(ev, yaml_rust2::parser::Event::StreamEnd) {
            break;
        }
    }
    println!("events={n} {:?}", t.elapsed());
    let t = std::time::Instant::now();
    let tree = accord_spec::parse_tree(&path, &text).unwrap();
    println!("tree {:?} {}", t.elapsed(), tree.size());
    let t = std::time::Instant::now();
    let v: serde_json::Value = if path.ends_with(".json") {
        serde_json::from_str(&text).unwrap()
    } else {
        serde_yaml::from_str(&text).unwrap()
    };
    println!("serde {:?} {}", t.elapsed(), v.is_object());
}
#[allow(dead_code)]
fn unused() {}
