//! Bytes of a text file to a string: a byte-order mark wins, then strict UTF-8, then GB18030
//! (a superset of GBK and GB2312). A file that is none of these is refused, never garbled.

use encoding_rs::{Encoding, GB18030};

/// The text and the name of the encoding it was read in (`UTF-8`, `gb18030`, `UTF-16LE`…);
/// `None` when the bytes are not text in any of them.
pub fn decode_text(bytes: &[u8]) -> Option<(String, &'static str)> {
    if let Some((enc, bom)) = Encoding::for_bom(bytes) {
        let body = &bytes[bom..];
        let text = enc.decode_without_bom_handling_and_without_replacement(body)?;
        return Some((text.into_owned(), enc.name()));
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Some((s.to_string(), "UTF-8"));
    }
    let text = GB18030.decode_without_bom_handling_and_without_replacement(bytes)?;
    Some((text.into_owned(), GB18030.name()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_gbk_and_bom_are_read() {
        let (s, enc) = decode_text("黄武,党代表".as_bytes()).unwrap();
        assert_eq!((s.as_str(), enc), ("黄武,党代表", "UTF-8"));
        let (gbk, _, _) = encoding_rs::GBK.encode("黄武,党代表");
        let (s, enc) = decode_text(&gbk).unwrap();
        assert_eq!((s.as_str(), enc), ("黄武,党代表", "gb18030"));
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend_from_slice("姓名".as_bytes());
        assert_eq!(decode_text(&bom).unwrap().0, "姓名");
    }

    #[test]
    fn bytes_that_are_not_text_are_refused() {
        // 0x80 alone, and 0xFF, are not valid in UTF-8 nor GB18030.
        assert_eq!(decode_text(&[0x41, 0xFF, 0x80, 0x42]), None);
    }
}
