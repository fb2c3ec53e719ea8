package ingest

import (
	"encoding/binary"
	"fmt"
	"math/bits"
	"strings"

	"eventtimeline/pipeline/model"
)

// repaired is hard-wrapped text (typically extracted from a PDF) rejoined into
// paragraphs.
type repaired struct {
	text  string
	m     model.OffsetMap // offsets in text -> offsets in the input
	pdf   bool            // PDF signs: form feeds, page numbers, running headers, footnotes
	notes []string
}

// line is one line of the input: s[start:end] without its terminator;
// s[ts:te] is the line without leading and trailing blanks.
type line struct {
	start, end int
	ts, te     int
	runes      int  // runes in s[ts:te]
	kind       byte // lineText, lineBlank, ...
	num        int  // value of a bare number line
	pageStart  bool // follows a form feed
}

// Line kinds.
const (
	lineText   byte = iota
	lineBlank       // nothing but blanks
	lineNumber      // a bare number of 1-3 digits: a page number or footnote marker
	linePage        // a page label: "Page 5", "Page 5 of 20", "- 5 -", "5/20"
	lineHeader      // a running header or footer repeated near page breaks
)

// Hard-wrap detection limits.
const (
	sampleBytes   = 64 << 10
	minWrapLines  = 8
	minWrapWidth  = 30
	maxWrapWidth  = 150
	headerMinRune = 12
	hyphenWindow  = 8 << 10
)

// splitLines splits s at "\n" and form feeds.
func splitLines(s string, limit int, dst []line) []line {
	pageStart := false
	for i := 0; i <= len(s); {
		if limit > 0 && i >= limit && len(dst) > 0 {
			break
		}
		j := strings.IndexByte(s[i:], '\n')
		if j < 0 {
			j = len(s)
		} else {
			j += i
		}
		// A form feed inside the line ends it too.
		if k := strings.IndexByte(s[i:j], '\f'); k >= 0 {
			j = i + k
		}
		dst = append(dst, measure(s, i, j, pageStart))
		if j >= len(s) {
			break
		}
		pageStart = s[j] == '\f'
		i = j + 1
	}
	return dst
}

// measure classifies the line s[start:end].
func measure(s string, start, end int, pageStart bool) line {
	l := line{start: start, end: end, ts: start, te: end, pageStart: pageStart}
	for l.ts < l.te && isBlank(s[l.ts]) {
		l.ts++
	}
	for l.te > l.ts && isBlank(s[l.te-1]) {
		l.te--
	}
	// No-break spaces (U+00A0) at either end count as blanks too.
	for l.te-l.ts >= 2 && s[l.ts] == 0xC2 && s[l.ts+1] == 0xA0 {
		l.ts += 2
	}
	for l.te-l.ts >= 2 && s[l.te-2] == 0xC2 && s[l.te-1] == 0xA0 {
		l.te -= 2
	}
	if l.ts == l.te {
		l.kind = lineBlank
		return l
	}
	// Only short lines need an exact count: anything past 1 KB is far longer
	// than any wrap width.
	n := l.te - l.ts
	if n <= 1024 {
		n = runeCount(s[l.ts:l.te])
	}
	l.runes = n
	t := s[l.ts:l.te]
	if n <= 3 && allDigits(t) {
		l.kind = lineNumber
		l.num = atoi(t)
	} else if n <= 24 && isPageLabel(t) {
		l.kind = linePage
	}
	return l
}

const (
	lsb = 0x0101010101010101
	msb = 0x8080808080808080
)

// runeCount counts the runes of UTF-8 text eight bytes at a time: the bytes
// minus the continuation bytes (10xxxxxx).
func runeCount(t string) int {
	cont := 0
	i := 0
	for ; i+8 <= len(t); i += 8 {
		x := binary.LittleEndian.Uint64([]byte(t[i : i+8]))
		if x&msb == 0 {
			continue
		}
		cont += bits.OnesCount64(x &^ (x << 1) & msb)
	}
	for ; i < len(t); i++ {
		if t[i]&0xC0 == 0x80 {
			cont++
		}
	}
	return len(t) - cont
}

// digitWord reports whether an 8-byte word may hold a digit 1-9: exact for
// ASCII words, always true when a byte is not ASCII.
func digitWord(x uint64) bool {
	if x&msb != 0 {
		return true
	}
	ge1 := x + 0x4F*lsb  // high bit set where byte >= '1'
	ge10 := x + 0x46*lsb // high bit set where byte >= ':'
	return ge1&^ge10&msb != 0
}

func isBlank(c byte) bool { return c == ' ' || c == '\t' || c == '\v' || c == '\r' }

func allDigits(t string) bool {
	if t == "" {
		return false
	}
	for i := 0; i < len(t); i++ {
		if t[i] < '0' || t[i] > '9' {
			return false
		}
	}
	return true
}

func atoi(t string) int {
	n := 0
	for i := 0; i < len(t) && i < 9; i++ {
		n = n*10 + int(t[i]-'0')
	}
	return n
}

// isPageLabel recognises "Page 5", "page 5 of 20", "p. 5", "- 5 -", "– 5 –",
// "5 of 20", "5/20" and "[5]".
func isPageLabel(t string) bool {
	lower := strings.ToLower(t)
	rest := lower
	for _, p := range []string{"page ", "pg. ", "p. "} {
		if strings.HasPrefix(rest, p) {
			rest = strings.TrimSpace(rest[len(p):])
			break
		}
	}
	labeled := rest != lower
	rest = strings.Trim(rest, " -–—[]|")
	i := 0
	for i < len(rest) && rest[i] >= '0' && rest[i] <= '9' {
		i++
	}
	if i == 0 || i > 4 {
		return false
	}
	tail := strings.TrimSpace(rest[i:])
	switch {
	case tail == "":
		return labeled || strings.ContainsAny(t, "-–—[]|")
	case strings.HasPrefix(tail, "of ") && allDigits(strings.TrimSpace(tail[3:])),
		strings.HasPrefix(tail, "/") && allDigits(strings.TrimSpace(tail[1:])):
		return true
	}
	return false
}

// wrapStats summarises the line lengths of a sample of lines.
type wrapStats struct {
	width   int // the usual length of a full line, in runes
	wrapped bool
}

// slack is how much shorter than the width a line may be and still be full.
func (w wrapStats) full(l line) bool {
	slack := w.width / 6
	if slack < 10 {
		slack = 10
	}
	return l.runes >= w.width-slack
}

// detectWrap looks at the line lengths: hard-wrapped text has most lines
// at about the same width, and many lines continue the sentence of the line
// before (they start in lower case).
func detectWrap(s string, lines []line) wrapStats {
	var hist [maxWrapWidth + 8]int
	nonblank := 0
	for _, l := range lines {
		if l.kind == lineBlank {
			continue
		}
		nonblank++
		if l.runes >= minWrapWidth-4 && l.runes < len(hist) {
			hist[l.runes]++
		}
	}
	if nonblank < minWrapLines {
		return wrapStats{}
	}
	best, width := 0, 0
	for w := minWrapWidth; w <= maxWrapWidth; w++ {
		sum := 0
		for k := w - 3; k <= w+3 && k < len(hist); k++ {
			sum += hist[k]
		}
		if sum > best {
			best, width = sum, w
		}
	}
	if width == 0 {
		return wrapStats{}
	}
	st := wrapStats{width: width}
	inBand, pairs, lower := 0, 0, 0
	for i, l := range lines {
		if l.kind == lineBlank {
			continue
		}
		if st.full(l) && l.runes <= width+8 {
			inBand++
		}
		if i > 0 && lines[i-1].kind == lineText && l.kind == lineText {
			pairs++
			if startsLower(s[l.ts:l.te]) {
				lower++
			}
		}
	}
	st.wrapped = inBand*10 >= nonblank*4 && pairs > 0 && lower*10 >= pairs*2
	return st
}

// repairWrapped rejoins hard-wrapped text into paragraphs. It returns false,
// leaving the text alone, when s is not hard-wrapped.
func repairWrapped(s string) (repaired, bool) {
	sample := splitLines(s, sampleBytes, nil)
	st := detectWrap(s, sample)
	if !st.wrapped {
		return repaired{}, false
	}
	var lines []line
	if len(s) <= sampleBytes {
		lines = sample
	} else {
		lines = splitLines(s, 0, make([]line, 0, strings.Count(s, "\n")+1))
	}
	headers := markHeaders(s, lines, st)
	r := rejoin{s: s, lines: lines, st: st, out: make([]byte, 0, len(s))}
	r.m.Grow(len(lines) / 2)
	r.run()
	var pages, numbers int
	formFeeds := false
	for _, l := range lines {
		switch l.kind {
		case linePage:
			pages++
		case lineNumber:
			numbers++
		}
		formFeeds = formFeeds || l.pageStart
	}
	out := repaired{text: string(r.out), m: r.m}
	out.pdf = formFeeds || pages > 0 || headers > 0 || numbers >= 2 || r.refs >= 2
	var parts []string
	add := func(n int, what string) {
		if n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, what))
		}
	}
	add(r.joined, "line breaks joined")
	add(r.hyphens, "hyphenated words joined")
	add(pages+numbers, "page or footnote number lines removed")
	add(headers, "running header lines removed")
	add(r.refs, "footnote references removed")
	if len(parts) > 0 {
		what := "unwrapped text"
		if out.pdf {
			what = "repaired pdf text"
		}
		out.notes = append(out.notes, what+": "+strings.Join(parts, ", "))
	}
	return out, true
}

// markHeaders finds running headers and footers: lines of at least
// headerMinRune runes, not ending a sentence, that occur (digits aside)
// repeatedly within three lines of a page break. Next to a form feed or a page
// label ("Page 5") two occurrences are enough; next to a bare number, which may
// as well be a footnote marker, it takes three, and a line that runs on into
// the next one (a footnote's first line) is not a header. It marks the headers
// lineHeader and returns how many.
func markHeaders(s string, lines []line, st wrapStats) int {
	// near returns 2 next to a strong page break, 1 next to a bare number.
	near := func(i int) int {
		if lines[i].pageStart {
			return 2
		}
		best := 0
		look := func(l line) bool {
			switch {
			case l.kind == linePage || l.pageStart:
				best = 2
				return true
			case l.kind == lineNumber:
				best = 1
			}
			return false
		}
		for d, seen := 1, 0; seen < 3 && i-d >= 0; d++ {
			l := lines[i-d]
			if l.kind == lineBlank {
				continue
			}
			if look(l) {
				return 2
			}
			seen++
		}
		for d, seen := 1, 0; seen < 3 && i+d < len(lines); d++ {
			l := lines[i+d]
			if l.pageStart {
				return 2
			}
			if l.kind == lineBlank {
				continue
			}
			if look(l) {
				return 2
			}
			seen++
		}
		return best
	}
	runsOn := func(i int) bool {
		if !st.full(lines[i]) {
			return false
		}
		for j := i + 1; j < len(lines); j++ {
			if lines[j].kind == lineBlank {
				return false
			}
			return lines[j].kind == lineText && startsLower(s[lines[j].ts:lines[j].te])
		}
		return false
	}
	type cand struct{ i, strength int }
	counts := map[string]int{}
	var cands []cand
	for i, l := range lines {
		if l.kind != lineText || l.runes < headerMinRune || endsSentenceOrClause(s[l.ts:l.te]) {
			continue
		}
		k := near(i)
		if k == 0 || k == 1 && runsOn(i) {
			continue
		}
		cands = append(cands, cand{i, k})
		counts[headerKey(s[l.ts:l.te])]++
	}
	n := 0
	for _, c := range cands {
		need := 2
		if c.strength == 1 {
			need = 3
		}
		if counts[headerKey(s[lines[c.i].ts:lines[c.i].te])] >= need {
			lines[c.i].kind = lineHeader
			n++
		}
	}
	return n
}

// headerKey normalises a header line: digit runs become "#".
func headerKey(t string) string {
	hasDigit := false
	for i := 0; i < len(t); i++ {
		if t[i] >= '0' && t[i] <= '9' {
			hasDigit = true
			break
		}
	}
	if !hasDigit {
		return t
	}
	b := make([]byte, 0, len(t))
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c >= '0' && c <= '9' {
			if len(b) == 0 || b[len(b)-1] != '#' {
				b = append(b, '#')
			}
			continue
		}
		b = append(b, c)
	}
	return string(b)
}

func endsSentenceOrClause(t string) bool {
	if t == "" {
		return false
	}
	switch t[len(t)-1] {
	case '.', '!', '?', ';', ':', ',':
		return true
	}
	return false
}

// rejoin writes the repaired text.
type rejoin struct {
	s     string
	lines []line
	st    wrapStats
	out   []byte
	m     model.OffsetMap

	lastNote int // number of the last footnote seen
	maxRef   int // highest footnote reference removed from the text so far

	refs, joined, hyphens int
}

// Separators between two emitted lines.
const (
	sepSpace byte = iota
	sepNewline
	sepPara
	sepHyphenKeep // join without space, keeping the hyphen
	sepHyphenDrop // join without space, dropping the hyphen
)

func (r *rejoin) run() {
	s := r.s
	prev := -1        // index of the last emitted text line
	broke := false    // blank or removed lines since prev
	removed := false  // page furniture (numbers, labels, headers) since prev
	footNext := false // a footnote marker line was removed: the next line is a footnote
	inFootnote := false
	for i := range r.lines {
		l := &r.lines[i]
		switch l.kind {
		case lineBlank:
			broke = true
			continue
		case lineNumber:
			if l.num > r.lastNote && l.num <= r.maxRef && l.num <= r.lastNote+5 {
				r.lastNote = l.num
				footNext = true
			}
			broke, removed = true, true
			continue
		case linePage, lineHeader:
			broke, removed = true, true
			inFootnote = false
			continue
		}
		if l.pageStart {
			broke, removed = true, true
		}
		start := l.ts
		footnote := footNext
		footNext = false
		if n, skip := r.footnoteStart(s[l.ts:l.te]); skip > 0 && (prev < 0 || broke || r.endsSentence()) {
			r.lastNote = n
			start = l.ts + skip
			footnote = true
		}
		if footnote {
			inFootnote = true
		}
		if prev >= 0 {
			p := &r.lines[prev]
			sep := r.separator(p, l, broke, removed, footnote, inFootnote)
			if sep == sepPara && inFootnote && !footnote && l.ts > l.start && startsLower(s[l.ts:l.te]) {
				inFootnote = false // an indented continuation of the body after the footnotes
			}
			r.writeSep(p, l, sep)
		}
		r.writeLine(start, l.te)
		prev = i
		broke, removed = false, false
	}
	if r.m.Len() == 0 {
		r.m.Add(0, 0)
	}
}

// separator decides how line l continues the previous text line p.
func (r *rejoin) separator(p, l *line, broke, removed, footnote, inFootnote bool) byte {
	s := r.s
	text := s[l.ts:l.te]
	ends := r.endsSentence()
	if footnote {
		return sepPara
	}
	if broke {
		// A sentence running on over a page break (page number, header) resumes
		// in lower case; anything else after a blank line is a new paragraph.
		if removed && !inFootnote && !ends && startsLower(text) {
			return sepSpace
		}
		return sepPara
	}
	if isBullet(text) {
		return sepPara
	}
	if h := r.hyphen(p, l); h != sepSpace {
		return h
	}
	if !r.st.full(*p) {
		if startsLower(text) && !ends {
			return sepSpace
		}
		return sepPara
	}
	if l.ts > l.start && ends && (startsUpper(text) || inFootnote) {
		return sepPara // an indented line after a full stop
	}
	if ends && (startsUpper(text) || startsQuote(text)) && !r.endsAbbrev() {
		return sepNewline
	}
	return sepSpace
}

// writeSep writes the separator between lines p and l, mapping the written
// bytes to the raw line break after p.
func (r *rejoin) writeSep(p, l *line, sep byte) {
	brk := p.end // the terminator after p
	switch sep {
	case sepSpace:
		r.m.Add(len(r.out), brk)
		r.out = append(r.out, ' ')
		r.joined++
	case sepNewline:
		r.m.Add(len(r.out), brk)
		r.out = append(r.out, '\n')
	case sepPara:
		r.m.Add(len(r.out), brk)
		r.out = append(r.out, '\n')
		r.m.Add(len(r.out), l.start-1)
		r.out = append(r.out, '\n')
	case sepHyphenKeep:
		r.joined++
	case sepHyphenDrop:
		r.out = r.out[:len(r.out)-1]
		r.hyphens++
	}
}

// writeLine copies s[start:end], removing footnote reference numbers glued to
// words ("talks.12 The", "jihadists12 ").
func (r *rejoin) writeLine(start, end int) {
	s := r.s
	from := start
	for i := start; i < end; i++ {
		if i&7 == 0 && i+8 <= end && !digitWord(binary.LittleEndian.Uint64([]byte(s[i:i+8]))) {
			i += 7
			continue
		}
		c := s[i]
		if c < '1' || c > '9' || i == start {
			continue
		}
		n, ok := r.refAt(i, start, end)
		if !ok {
			// Skip the rest of this number.
			for i+1 < end && s[i+1] >= '0' && s[i+1] <= '9' {
				i++
			}
			continue
		}
		if i > from {
			r.m.Add(len(r.out), from)
			r.out = append(r.out, s[from:i]...)
		}
		r.refs++
		if v := atoi(s[i : i+n]); v > r.maxRef {
			r.maxRef = v
		}
		i += n - 1
		from = i + 1
	}
	if end > from {
		r.m.Add(len(r.out), from)
		r.out = append(r.out, s[from:end]...)
	}
}

// refAt reports whether the digits at s[i] are a footnote reference glued to
// the word before, and how many digits it has. A reference is 1-3 digits
// (not starting with 0) right after a lower-case word of at least three
// letters, or after sentence punctuation or a closing quote that follows a
// word; it is followed by a blank, the end of the line, or punctuation.
func (r *rejoin) refAt(i, start, end int) (int, bool) {
	s := r.s
	j := i
	for j < end && j-i < 4 && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	n := j - i
	if n > 3 {
		return 0, false
	}
	if j < end {
		switch c := s[j]; c {
		case ' ', '\t', ',', ';', ')':
		default:
			return 0, false
		}
	}
	// What precedes the digits?
	k := i
	switch {
	case k-3 >= start && isLower(s[k-1]):
		// A word of at least three lower-case letters, and no upper case or
		// digit in it (so "G5", "COVID19", "N°276" stay).
		w := k
		for w > start && isASCIILetter(s[w-1]) {
			w--
		}
		if k-w < 3 || (w > start && (s[w-1] >= '0' && s[w-1] <= '9' || s[w-1] == '-' || s[w-1] >= 0x80)) {
			return 0, false
		}
		for x := w; x < k; x++ {
			if !isLower(s[x]) {
				return 0, false
			}
		}
		return n, true
	default:
		// Punctuation, possibly after a closing quote: ".12", "”12", ".”12".
		q := k
		for steps := 0; steps < 3 && q > start; steps++ {
			switch {
			case s[q-1] == '.' || s[q-1] == ',' || s[q-1] == ';' || s[q-1] == ':' || s[q-1] == ')' || s[q-1] == '"' || s[q-1] == '\'':
				q--
				continue
			case q-3 >= start && s[q-3] == 0xE2 && s[q-2] == 0x80 && (s[q-1] == 0x9D || s[q-1] == 0x99):
				q -= 3
				continue
			}
			break
		}
		if q == k || q-2 < start {
			return 0, false
		}
		// Two letters before the punctuation ("Mopti.5", "either.2").
		if !(isASCIILetter(s[q-1]) || s[q-1] >= 0x80) || !(isASCIILetter(s[q-2]) || s[q-2] >= 0x80) {
			return 0, false
		}
		return n, true
	}
}

// footnoteStart recognises a footnote that starts on a text line with its
// number ("12 See the report of ..."): the number must be the next in the
// footnote sequence and a reference to it must have been seen. skip is the
// number of bytes to drop (the number and the blanks after it).
func (r *rejoin) footnoteStart(t string) (n, skip int) {
	i := 0
	for i < len(t) && i < 4 && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	if i == 0 || i > 3 || t[0] == '0' || i >= len(t) || t[i] != ' ' {
		return 0, 0
	}
	v := atoi(t[:i])
	if v <= r.lastNote || v > r.lastNote+5 || v > r.maxRef {
		return 0, 0
	}
	j := i
	for j < len(t) && t[j] == ' ' {
		j++
	}
	rest := t[j:]
	if !startsUpper(rest) && !startsQuote(rest) {
		return 0, 0
	}
	return v, j
}

// hyphen decides how a line ending in a hyphen joins the next line: it
// returns sepHyphenDrop for a word broken by hyphenation ("negoti-" +
// "ations"), sepHyphenKeep for a hyphenated compound ("al-" + "Qaeda",
// "self-" + "defence"), sepSpace when p does not end in a word hyphen.
func (r *rejoin) hyphen(p, l *line) byte {
	s := r.s
	if p.te-p.ts < 3 || s[p.te-1] != '-' || len(r.out) == 0 || r.out[len(r.out)-1] != '-' {
		return sepSpace
	}
	before := s[p.te-2]
	next := s[l.ts:l.te]
	if before >= '0' && before <= '9' {
		return sepHyphenKeep
	}
	if !isASCIILetter(before) && before < 0x80 {
		return sepSpace // a dash after a blank or punctuation
	}
	if !startsLower(next) {
		if startsUpper(next) || next != "" && next[0] >= '0' && next[0] <= '9' {
			return sepHyphenKeep
		}
		return sepSpace
	}
	// The word parts on either side.
	w := p.te - 1
	for w > p.ts && (isASCIILetter(s[w-1]) || s[w-1] >= 0x80) {
		w--
	}
	first := s[w : p.te-1]
	e := 0
	for e < len(next) && (isASCIILetter(next[e]) || next[e] >= 0x80) {
		e++
	}
	second := next[:e]
	if first == "" || second == "" {
		return sepHyphenKeep
	}
	// Evidence from the text around: is the word written hyphenated, or solid?
	lo, hi := p.ts-hyphenWindow, l.te+hyphenWindow
	if lo < 0 {
		lo = 0
	}
	if hi > len(s) {
		hi = len(s)
	}
	win := s[lo:hi]
	if strings.Contains(win, first+"-"+second) {
		return sepHyphenKeep
	}
	if strings.Contains(win, first+second) {
		return sepHyphenDrop
	}
	if !isLower(first[0]) && first[0] < 0x80 {
		return sepHyphenKeep // a proper noun in a compound: "Qaeda-linked"
	}
	if keepPrefixes[strings.ToLower(first)] {
		return sepHyphenKeep
	}
	// A compound of two whole words ("state-run") is likelier when the part
	// after the break is long; a syllable break leaves a typical suffix.
	return sepHyphenDrop
}

// keepPrefixes are prefixes that English (and Arabic names in English)
// writes with a hyphen.
var keepPrefixes = map[string]bool{
	"al": true, "el": true, "ad": true, "ag": true, "self": true, "non": true, "anti": true,
	"co": true, "ex": true, "well": true, "ill": true, "half": true, "cross": true, "mid": true,
	"semi": true, "quasi": true, "pro": true, "post": true, "pre": true, "multi": true,
	"counter": true, "pan": true, "neo": true, "all": true, "full": true, "long": true, "short": true,
	"high": true, "low": true, "wide": true, "so": true, "vice": true, "cease": true,
}

// endsSentence reports whether the text written so far ends a sentence:
// ".", "!" or "?", possibly followed by closing quotes or brackets.
func (r *rejoin) endsSentence() bool {
	o := r.out
	i := len(o)
	for i > 0 {
		c := o[i-1]
		switch {
		case c == '"' || c == '\'' || c == ')' || c == ']':
			i--
			continue
		case i >= 3 && o[i-3] == 0xE2 && o[i-2] == 0x80 && (c == 0x9D || c == 0x99):
			i -= 3
			continue
		}
		return c == '.' || c == '!' || c == '?'
	}
	return false
}

// endsAbbrev reports whether the text written so far ends with an
// abbreviation that does not end a sentence ("Mr.", "U.S.", "e.g.").
func (r *rejoin) endsAbbrev() bool {
	o := r.out
	if len(o) == 0 || o[len(o)-1] != '.' {
		return false
	}
	i := len(o) - 1
	w := i
	for w > 0 && i-w < 12 && o[w-1] != ' ' && o[w-1] != '\n' && o[w-1] != '(' {
		w--
	}
	word := string(o[w:i])
	if strings.IndexByte(word, '.') >= 0 && len(word) <= 6 {
		return true // "U.S", "e.g", "a.m"
	}
	return titleAbbrevs[word]
}

var titleAbbrevs = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Prof": true, "Gen": true, "Col": true,
	"Lt": true, "Sgt": true, "Capt": true, "Maj": true, "Gov": true, "Sen": true, "Rep": true,
	"St": true, "No": true, "Nos": true, "Jr": true, "Sr": true, "Inc": true, "Ltd": true,
	"Corp": true, "vs": true, "Vol": true, "Fig": true, "Art": true, "op": true, "cf": true,
	"Jan": true, "Feb": true, "Mar": true, "Apr": true, "Jun": true, "Jul": true, "Aug": true,
	"Sep": true, "Sept": true, "Oct": true, "Nov": true, "Dec": true, "al": true, "ibid": true,
}

func isLower(c byte) bool { return c >= 'a' && c <= 'z' }

// startsLower reports whether t starts with a lower-case letter (ASCII, or a
// Latin-1 lower-case letter).
func startsLower(t string) bool {
	if t == "" {
		return false
	}
	if isLower(t[0]) {
		return true
	}
	// U+00DF..U+00FF (ß à-ÿ) are C3 9F..C3 BF.
	return len(t) >= 2 && t[0] == 0xC3 && t[1] >= 0x9F && t[1] != 0xB7
}

// startsUpper reports whether t starts with an upper-case letter (ASCII, or
// a Latin-1 upper-case letter).
func startsUpper(t string) bool {
	if t == "" {
		return false
	}
	if t[0] >= 'A' && t[0] <= 'Z' {
		return true
	}
	return len(t) >= 2 && t[0] == 0xC3 && t[1] >= 0x80 && t[1] <= 0x9E && t[1] != 0x97
}

// startsQuote reports whether t starts with an opening quote or bracket.
func startsQuote(t string) bool {
	if t == "" {
		return false
	}
	switch t[0] {
	case '"', '\'', '(', '[':
		return true
	}
	return strings.HasPrefix(t, "“") || strings.HasPrefix(t, "‘") || strings.HasPrefix(t, "«")
}

// isBullet reports whether a line starts a list item.
func isBullet(t string) bool {
	if t == "" || (t[0] != '-' && t[0] != '*' && t[0] != 0xE2 && t[0] != 0xC2) {
		return false
	}
	for _, b := range []string{"• ", "- ", "– ", "— ", "* ", "· ", "▪ ", "◦ "} {
		if strings.HasPrefix(t, b) {
			return true
		}
	}
	return false
}
