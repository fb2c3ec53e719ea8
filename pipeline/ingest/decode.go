package ingest

import (
	"bytes"
	"unicode/utf8"

	"eventtimeline/pipeline/model"
)

// Encodings reported in Document.Encoding.
const (
	EncUTF8        = "utf-8"
	EncUTF8BOM     = "utf-8-bom"
	EncUTF16LE     = "utf-16le"
	EncUTF16BE     = "utf-16be"
	EncWindows1252 = "windows-1252"
)

// decoded is the result of decoding raw bytes into UTF-8 text.
type decoded struct {
	text     string
	m        model.OffsetMap // text offset -> raw offset
	encoding string
	note     string // repair note for Document.Reason ("" when none)
}

// decode turns raw bytes into UTF-8 text with "\n" line ends. It rejects
// binary input (NUL bytes, a PDF file) with ErrBinary.
func decode(raw []byte) (decoded, error) {
	switch {
	case len(raw) >= 3 && raw[0] == 0xEF && raw[1] == 0xBB && raw[2] == 0xBF:
		d, err := decodeUTF8(raw, 3)
		if d.encoding == EncUTF8 {
			d.encoding = EncUTF8BOM
		}
		return d, err
	case len(raw) >= 2 && raw[0] == 0xFF && raw[1] == 0xFE:
		return decodeUTF16(raw, 2, false)
	case len(raw) >= 2 && raw[0] == 0xFE && raw[1] == 0xFF:
		return decodeUTF16(raw, 2, true)
	}
	if bytes.HasPrefix(raw, []byte("%PDF-")) {
		return decoded{}, errorf(ErrBinary, "a PDF file, not extracted text")
	}
	if bytes.IndexByte(raw, 0) >= 0 {
		if be, ok := sniffUTF16(raw); ok {
			return decodeUTF16(raw, 0, be)
		}
		return decoded{}, errorf(ErrBinary, "NUL byte at offset %d", bytes.IndexByte(raw, 0))
	}
	return decodeUTF8(raw, 0)
}

// sniffUTF16 recognises BOM-less UTF-16 text: in the first bytes nearly every
// other byte is NUL, on one side only.
func sniffUTF16(raw []byte) (bigEndian, ok bool) {
	n := len(raw) &^ 1
	if n > 1024 {
		n = 1024
	}
	if n < 8 {
		return false, false
	}
	var even, odd int
	for i := 0; i < n; i += 2 {
		if raw[i] == 0 {
			even++
		}
		if raw[i+1] == 0 {
			odd++
		}
	}
	pairs := n / 2
	switch {
	case odd*10 >= pairs*9 && even == 0:
		return false, true
	case even*10 >= pairs*9 && odd == 0:
		return true, true
	}
	return false, false
}

// decodeUTF8 decodes raw[start:] as UTF-8, falling back to Windows-1252 for
// bytes that are not valid UTF-8, and turns CRLF and lone CR into "\n".
func decodeUTF8(raw []byte, start int) (decoded, error) {
	body := raw[start:]
	if utf8.Valid(body) && bytes.IndexByte(body, '\r') < 0 {
		m := model.OffsetMap{}
		m.Add(0, start)
		return decoded{text: string(body), m: m, encoding: EncUTF8}, nil
	}
	out := make([]byte, 0, len(body)+len(body)/8)
	var m model.OffsetMap
	m.Grow(len(body)/64 + 4)
	m.Add(0, start)
	fallback := false
	i := 0
	for i < len(body) {
		// Copy the longest stretch of plain ASCII (no CR) in one go.
		j := i
		for j < len(body) && body[j] < utf8.RuneSelf && body[j] != '\r' {
			j++
		}
		if j > i {
			m.Add(len(out), start+i)
			out = append(out, body[i:j]...)
			i = j
			continue
		}
		c := body[i]
		if c == '\r' {
			m.Add(len(out), start+i)
			out = append(out, '\n')
			if i+1 < len(body) && body[i+1] == '\n' {
				i += 2 // the "\n" stands for the CR; the LF is dropped
			} else {
				i++
			}
			continue
		}
		r, size := utf8.DecodeRune(body[i:])
		if r != utf8.RuneError || size > 1 {
			m.Add(len(out), start+i)
			out = append(out, body[i:i+size]...)
			i += size
			continue
		}
		fallback = true
		r = cp1252(c)
		m.AddUnits(len(out), start+i, utf8.RuneLen(r), 1)
		out = utf8.AppendRune(out, r)
		i++
	}
	d := decoded{text: string(out), m: m, encoding: EncUTF8}
	if fallback {
		d.encoding = EncWindows1252
		d.note = "decoded as windows-1252"
	}
	return d, nil
}

// decodeUTF16 decodes raw[start:] as UTF-16, turning CRLF and CR into "\n".
// Unpaired surrogates become U+FFFD; a NUL character rejects the input.
func decodeUTF16(raw []byte, start int, bigEndian bool) (decoded, error) {
	enc := EncUTF16LE
	if bigEndian {
		enc = EncUTF16BE
	}
	body := raw[start:]
	out := make([]byte, 0, len(body)/2+16)
	var m model.OffsetMap
	unit := func(i int) uint16 {
		if bigEndian {
			return uint16(body[i])<<8 | uint16(body[i+1])
		}
		return uint16(body[i]) | uint16(body[i+1])<<8
	}
	note := ""
	n := len(body) &^ 1
	if n != len(body) {
		note = "odd trailing byte dropped"
	}
	for i := 0; i < n; {
		u := unit(i)
		switch {
		case u == 0:
			return decoded{}, errorf(ErrBinary, "NUL character at offset %d", start+i)
		case u == '\r':
			w := 2
			if i+3 < n && unit(i+2) == '\n' {
				w = 4
			}
			m.AddUnits(len(out), start+i, 1, w)
			out = append(out, '\n')
			i += w
		case u < utf8.RuneSelf:
			m.AddUnits(len(out), start+i, 1, 2)
			out = append(out, byte(u))
			i += 2
		case u >= 0xD800 && u < 0xDC00 && i+3 < n && unit(i+2) >= 0xDC00 && unit(i+2) < 0xE000:
			r := (rune(u)-0xD800)<<10 | (rune(unit(i+2)) - 0xDC00) + 0x10000
			m.AddUnits(len(out), start+i, 4, 4)
			out = utf8.AppendRune(out, r)
			i += 4
		default:
			r := rune(u)
			if u >= 0xD800 && u < 0xE000 {
				r = utf8.RuneError
			}
			m.AddUnits(len(out), start+i, utf8.RuneLen(r), 2)
			out = utf8.AppendRune(out, r)
			i += 2
		}
	}
	if len(out) == 0 {
		m.Add(0, start)
	}
	return decoded{text: string(out), m: m, encoding: enc, note: note}, nil
}

// cp1252 maps a byte to its Windows-1252 character; the five undefined bytes
// become U+FFFD.
func cp1252(c byte) rune {
	if c < 0x80 || c >= 0xA0 {
		return rune(c)
	}
	return cp1252High[c-0x80]
}

var cp1252High = [32]rune{
	0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
	0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
}
