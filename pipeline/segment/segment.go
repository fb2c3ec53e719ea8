// Package segment splits a document's cleaned text into sentences.
//
// The splitter is a hand-written byte scanner (no regexp). A sentence ends
// at '.', '!', '?' or an ellipsis (with any closing quotes, brackets and a
// footnote number right after them) when whitespace and then a capital
// letter, digit, opening quote or opening bracket follow, or the text ends.
// Abbreviations ("U.S.", "Gen.", "Oct. 19", "p. 4", "e.g."), initials
// ("A. Koufa") and decimals ("3.5") do not end sentences. Line structure
// matters too: a blank line always ends a sentence, and a single newline
// ends one when the next line starts a new block (a bullet, a footnote, a
// dateline) or the line it ends is a heading. Text without any sentence
// punctuation is split at every newline, and no sentence grows beyond
// MaxSentence bytes: longer runs are cut at the last space before the cap.
package segment

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"eventtimeline/pipeline/model"
)

// MaxSentence is the hard cap on the length of a sentence in bytes.
const MaxSentence = 1000

// Splitter is the sentence-splitting pipeline stage. It holds no state
// between documents and is safe for concurrent use.
type Splitter struct {
	max int
}

// New returns a Splitter with the default MaxSentence cap.
func New() *Splitter { return &Splitter{max: MaxSentence} }

// Process fills doc.Sentences with the sentences of doc.Text, in order,
// trimmed of surrounding whitespace, never empty and never overlapping.
// Raw offsets are mapped through doc.Map.
func (s *Splitter) Process(doc *model.Document) error {
	if doc == nil {
		return fmt.Errorf("segment: nil document")
	}
	spans := appendSplit(nil, doc.Text, s.max)
	sents := make([]model.Sentence, len(spans))
	for i, sp := range spans {
		if sp[0] < 0 || sp[1] > len(doc.Text) || sp[0] >= sp[1] {
			return fmt.Errorf("segment %s: bad span %v", doc.ID, sp)
		}
		sents[i] = model.Sentence{
			Index:    i,
			Start:    sp[0],
			End:      sp[1],
			RawStart: doc.Map.Raw(sp[0]),
			RawEnd:   doc.Map.RawEnd(sp[1]),
		}
	}
	doc.Sentences = sents
	return nil
}

// Split returns the sentence spans of text as [start, end) byte offsets,
// using the same rules as Splitter.Process.
func Split(text string) [][2]int { return appendSplit(nil, text, MaxSentence) }

// special marks the bytes the scanner has to look at: sentence
// punctuation, newlines, and the lead byte of "…" (U+2026).
var special = [256]bool{'.': true, '!': true, '?': true, '\n': true, 0xE2: true}

const ellipsis = "…"

// scanner holds the state of one Split call.
type scanner struct {
	text    string
	max     int
	noPunct bool // the text has no sentence punctuation at all
	start   int  // start of the current sentence
	out     [][2]int
}

func appendSplit(dst [][2]int, text string, max int) [][2]int {
	if max < 16 {
		max = 16
	}
	sc := scanner{text: text, max: max, out: dst}
	sc.noPunct = strings.IndexByte(text, '.') < 0 && strings.IndexByte(text, '!') < 0 &&
		strings.IndexByte(text, '?') < 0 && !strings.Contains(text, ellipsis)
	n := len(text)
	i := 0
	for i < n {
		for i < n && !special[text[i]] {
			i++
		}
		sc.capAt(i)
		if i >= n {
			break
		}
		switch c := text[i]; {
		case c == '\n':
			if sc.newlineBreaks(i) {
				sc.emit(i)
			}
			i++
		case c == '.' || c == '!' || c == '?':
			i = sc.terminal(i)
		case strings.HasPrefix(text[i:], ellipsis):
			i = sc.terminal(i)
		default:
			i++
		}
	}
	sc.capAt(n)
	sc.emit(n)
	return sc.out
}

// emit closes the current sentence at end (trimmed; dropped when empty;
// cut first when longer than the cap) and starts the next one there.
func (sc *scanner) emit(end int) {
	sc.capAt(end)
	sc.close(end)
}

// close closes the current sentence at end without looking at the cap.
func (sc *scanner) close(end int) {
	a, b := trimSpan(sc.text, sc.start, end)
	if a < b {
		sc.out = append(sc.out, [2]int{a, b})
	}
	sc.start = end
}

// capAt cuts the current sentence while it is longer than the cap, at the
// last newline or space in its second half, else at a rune boundary.
func (sc *scanner) capAt(i int) {
	for i-sc.start > sc.max {
		limit := sc.start + sc.max
		cut := -1
		lo := sc.start + sc.max/2
		for j := limit; j > lo; j-- {
			if c := sc.text[j-1]; c == ' ' || c == '\n' || c == '\t' {
				cut = j
				break
			}
		}
		if cut < 0 {
			cut = limit
			for cut > sc.start+1 && !utf8.RuneStart(sc.text[cut]) {
				cut--
			}
		}
		sc.close(cut)
	}
}

// isSpace reports ASCII whitespace.
func isSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'
}

// spaceLen returns the byte length of the whitespace rune at text[i:], or 0.
// Besides ASCII it knows the no-break space U+00A0.
func spaceLen(text string, i int) int {
	if i >= len(text) {
		return 0
	}
	if isSpace(text[i]) {
		return 1
	}
	if text[i] == 0xC2 && i+1 < len(text) && text[i+1] == 0xA0 {
		return 2
	}
	return 0
}

// trimSpan trims whitespace (ASCII and Unicode spaces) from both ends of
// text[a:b].
func trimSpan(text string, a, b int) (int, int) {
	for a < b {
		if isSpace(text[a]) {
			a++
			continue
		}
		if text[a] < 0x80 {
			break
		}
		r, l := utf8.DecodeRuneInString(text[a:b])
		if !unicode.IsSpace(r) {
			break
		}
		a += l
	}
	for b > a {
		if isSpace(text[b-1]) {
			b--
			continue
		}
		if text[b-1] < 0x80 {
			break
		}
		r, l := utf8.DecodeLastRuneInString(text[a:b])
		if !unicode.IsSpace(r) {
			break
		}
		b -= l
	}
	return a, b
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isTerm(c byte) bool { return c == '.' || c == '!' || c == '?' }

// closerLen returns the length of a closing quote or bracket at text[i:], or 0.
func closerLen(text string, i int) int {
	switch text[i] {
	case '"', '\'', ')', ']', '}':
		return 1
	case 0xE2: // ” ’ ›
		if strings.HasPrefix(text[i:], "”") || strings.HasPrefix(text[i:], "’") || strings.HasPrefix(text[i:], "›") {
			return 3
		}
	case 0xC2: // »
		if strings.HasPrefix(text[i:], "»") {
			return 2
		}
	}
	return 0
}

// terminal handles sentence punctuation starting at i. It emits a sentence
// when the punctuation ends one, and returns where scanning resumes.
func (sc *scanner) terminal(i int) int {
	text := sc.text
	n := len(text)
	// Decimal point: "3.5".
	if text[i] == '.' && i > 0 && isDigit(text[i-1]) && i+1 < n && isDigit(text[i+1]) {
		return i + 1
	}
	j := i
	for j < n {
		if isTerm(text[j]) {
			j++
		} else if strings.HasPrefix(text[j:], ellipsis) {
			j += len(ellipsis)
		} else {
			break
		}
	}
	single := j == i+1 && text[i] == '.'
	ellip := strings.HasPrefix(text[i:], "...") || strings.HasPrefix(text[i:], ellipsis)
	closers := 0
	for j < n {
		k := closerLen(text, j)
		if k == 0 {
			break
		}
		j += k
		closers++
	}
	// A footnote number glued to the punctuation: "talks.”12 The" or "talks.3".
	if j < n && isDigit(text[j]) && (closers > 0 || (i > 0 && !isDigit(text[i-1]))) {
		k := j
		for k < n && k-j < 3 && isDigit(text[k]) {
			k++
		}
		if k == n || spaceLen(text, k) > 0 {
			j = k
		}
	} else if l := superscriptDigits(text, j); l > 0 && (j+l == n || spaceLen(text, j+l) > 0) {
		j += l // "a “joke”.² A truce": a superscript footnote mark
	} else if l := bracketedNumber(text, j); l > 0 && (j+l == n || spaceLen(text, j+l) > 0) {
		j += l // "the truce collapsed.[5] Fighting": a bracketed footnote mark
	}
	end := j
	if end >= n {
		sc.emit(n)
		return n
	}
	if spaceLen(text, end) == 0 {
		return end
	}
	// Skip the whitespace gap, counting newlines.
	k := end
	newlines := 0
	for k < n {
		l := spaceLen(text, k)
		if l == 0 {
			break
		}
		if text[k] == '\n' {
			newlines++
		}
		k += l
	}
	if k >= n || newlines >= 2 {
		sc.emit(end)
		return end
	}
	r, _ := utf8.DecodeRuneInString(text[k:])
	switch {
	case unicode.IsLower(r):
		return end
	case startsSentence(text, k, newlines > 0):
	default:
		return end
	}
	if single && closers == 0 && !ellip && sc.abbreviationHolds(i, k) {
		return end
	}
	sc.emit(end)
	return end
}

// startsSentence reports whether the rune at text[k:] may open a sentence:
// a capital letter, a digit, an opening quote or bracket, a currency sign,
// or (at the start of a line) a bullet.
func startsSentence(text string, k int, lineStart bool) bool {
	r, _ := utf8.DecodeRuneInString(text[k:])
	switch {
	case unicode.IsUpper(r), unicode.IsDigit(r), unicode.IsTitle(r):
		return true
	}
	switch r {
	case '"', '\'', '(', '[', '“', '‘', '«', '¿', '¡', '$', '€', '£':
		return true
	}
	return lineStart && bulletAt(text, k) > 0
}

// bulletAt returns the length of a bullet marker (and the space after it)
// at text[k:], or 0.
func bulletAt(text string, k int) int {
	r, l := utf8.DecodeRuneInString(text[k:])
	switch r {
	case '•', '◦', '▪', '●', '‣', '∙':
		return l
	case '-', '*', '–', '—':
		if k+l < len(text) && (text[k+l] == ' ' || text[k+l] == '\t') {
			return l + 1
		}
	}
	return 0
}

// Abbreviation classes.
const (
	abbrNone   = iota
	abbrTitle  // never ends a sentence: "Gen.", "Mr.", "e.g."
	abbrNumber // does not end a sentence before a number: "No. 5", "Oct. 19", "p. 4"
	abbrWeak   // ends a sentence only before a typical sentence opener: "Inc.", "U.S."
)

var abbreviations = map[string]uint8{
	// titles and ranks: always followed by a name
	"Mr": abbrTitle, "Mrs": abbrTitle, "Ms": abbrTitle, "Dr": abbrTitle, "Prof": abbrTitle,
	"Gen": abbrTitle, "Col": abbrTitle, "Lt": abbrTitle, "Maj": abbrTitle, "Capt": abbrTitle,
	"Sgt": abbrTitle, "Cpl": abbrTitle, "Adm": abbrTitle, "Cdr": abbrTitle, "Cmdr": abbrTitle,
	"Brig": abbrTitle, "Sen": abbrTitle, "Rep": abbrTitle, "Gov": abbrTitle, "Pres": abbrTitle,
	"Rev": abbrTitle, "Hon": abbrTitle, "St": abbrTitle, "Mt": abbrTitle, "Ft": abbrTitle,
	"Messrs": abbrTitle, "Mme": abbrTitle, "Mlle": abbrTitle, "Amb": abbrTitle, "Supt": abbrTitle,
	"Insp": abbrTitle, "Gens": abbrTitle, "Sens": abbrTitle, "Reps": abbrTitle, "Pte": abbrTitle,
	// Latin and other words that are followed by more of the sentence
	"e.g": abbrTitle, "i.e": abbrTitle, "cf": abbrTitle, "Cf": abbrTitle, "vs": abbrTitle,
	"viz": abbrTitle, "approx": abbrTitle, "ca": abbrTitle, "incl": abbrTitle, "esp": abbrTitle,
	"op": abbrTitle, "resp": abbrTitle, "Ca": abbrTitle, "Approx": abbrTitle,
	// before numbers
	"No": abbrNumber, "no": abbrNumber, "Nos": abbrNumber, "nos": abbrNumber, "p": abbrNumber,
	"pp": abbrNumber, "para": abbrNumber, "paras": abbrNumber, "art": abbrNumber, "Art": abbrNumber,
	"arts": abbrNumber, "Fig": abbrNumber, "fig": abbrNumber, "figs": abbrNumber, "Vol": abbrNumber,
	"vol": abbrNumber, "ch": abbrNumber, "Ch": abbrNumber, "sec": abbrNumber, "Sec": abbrNumber,
	"Para": abbrNumber, "Res": abbrNumber, "n": abbrNumber, "nn": abbrNumber, "Nr": abbrNumber,
	"Jan": abbrNumber, "Feb": abbrNumber, "Mar": abbrNumber, "Apr": abbrNumber, "Jun": abbrNumber,
	"Jul": abbrNumber, "Aug": abbrNumber, "Sep": abbrNumber, "Sept": abbrNumber, "Oct": abbrNumber,
	"Nov": abbrNumber, "Dec": abbrNumber,
	// may end a sentence
	"Inc": abbrWeak, "Ltd": abbrWeak, "Co": abbrWeak, "Corp": abbrWeak, "Jr": abbrWeak,
	"Sr": abbrWeak, "Bros": abbrWeak, "Ave": abbrWeak, "Rd": abbrWeak, "Blvd": abbrWeak,
	"Dept": abbrWeak, "Univ": abbrWeak, "Assn": abbrWeak, "Intl": abbrWeak, "Govt": abbrWeak,
}

// openers are words that typically start a sentence; a weak abbreviation
// or a dotted acronym ("U.S.") before one of them ends the sentence.
var openers = map[string]bool{
	"The": true, "An": true, "In": true, "On": true, "At": true, "It": true, "Its": true,
	"He": true, "She": true, "They": true, "We": true, "But": true, "And": true, "This": true,
	"That": true, "These": true, "Those": true, "There": true, "However": true, "Meanwhile": true,
	"After": true, "Before": true, "When": true, "While": true, "As": true, "His": true,
	"Her": true, "Their": true, "Our": true, "Some": true, "Many": true, "According": true,
	"Since": true, "Following": true, "During": true, "Yet": true, "So": true, "If": true,
	"Although": true, "Despite": true, "Last": true, "For": true, "With": true, "Under": true,
	"Officials": true, "Analysts": true, "What": true, "Why": true, "How": true, "Who": true,
	"Such": true, "Both": true, "Neither": true, "Several": true, "Most": true, "Later": true,
	"Earlier": true, "Then": true, "Now": true, "Today": true, "Still": true, "Instead": true,
}

// abbreviationHolds reports whether the '.' at i belongs to an abbreviation
// or initial that keeps the sentence going; k is where the next word starts.
func (sc *scanner) abbreviationHolds(i, k int) bool {
	text := sc.text
	a := i
	for a > 0 {
		c := text[a-1]
		if isSpace(c) || c == '(' || c == '[' || c == '"' || c == '\'' || c == '/' {
			break
		}
		if c >= 0x80 {
			r, l := utf8.DecodeLastRuneInString(text[:a])
			if !unicode.IsLetter(r) {
				break
			}
			a -= l
			continue
		}
		a--
	}
	word := text[a:i]
	if word == "" {
		return false
	}
	nextDigit := isDigit(text[k])
	switch abbreviations[word] {
	case abbrTitle:
		return true
	case abbrNumber:
		return nextDigit
	case abbrWeak:
		return !openerAt(text, k)
	}
	// A list number at the start of a line: "1. The army ...".
	if len(word) <= 3 && allDigits(word) {
		ls := a
		for ls > 0 && (text[ls-1] == ' ' || text[ls-1] == '\t') {
			ls--
		}
		return ls == 0 || text[ls-1] == '\n'
	}
	// Dotted acronyms and initials: "U.S.", "a.m.", "J. R. R. Tolkien".
	if strings.IndexByte(word, '.') >= 0 || isInitial(word) {
		return !openerAt(text, k)
	}
	return false
}

// allDigits reports whether s is a non-empty run of ASCII digits.
func allDigits(s string) bool {
	for j := 0; j < len(s); j++ {
		if !isDigit(s[j]) {
			return false
		}
	}
	return s != ""
}

// isInitial reports whether word is a single capital letter.
func isInitial(word string) bool {
	r, l := utf8.DecodeRuneInString(word)
	return l == len(word) && unicode.IsUpper(r)
}

// openerAt reports whether the word at text[k:] is a typical sentence opener.
func openerAt(text string, k int) bool {
	e := k
	for e < len(text) && e-k < 12 {
		c := text[e]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			break
		}
		e++
	}
	return openers[text[k:e]]
}

// newlineBreaks decides whether the single newline at i (not preceded by
// sentence punctuation that already ended the sentence) ends a sentence.
func (sc *scanner) newlineBreaks(i int) bool {
	if sc.noPunct {
		return true
	}
	text := sc.text
	n := len(text)
	// The next line.
	k := i + 1
	for k < n && (text[k] == ' ' || text[k] == '\t' || text[k] == '\r' || text[k] == '\f' || text[k] == '\v') {
		k++
	}
	if k >= n || text[k] == '\n' {
		return true // blank line or end of text
	}
	if bulletAt(text, k) > 0 {
		return true
	}
	nextEnd := strings.IndexByte(text[k:], '\n')
	if nextEnd < 0 {
		nextEnd = n
	} else {
		nextEnd += k
	}
	if footnoteLine(text[k:nextEnd]) || datelineLine(text[k:nextEnd]) {
		return true
	}
	// The current line.
	ls := strings.LastIndexByte(text[:i], '\n') + 1
	cur := text[ls:i]
	if isNumberLine(cur) {
		return true
	}
	if headingLine(cur) && startsSentence(text, k, true) {
		return true
	}
	return false
}

// isNumberLine reports whether line holds nothing but a short number (a
// footnote or page number on its own line).
func isNumberLine(line string) bool {
	a, b := trimSpan(line, 0, len(line))
	if a == b || b-a > 4 {
		return false
	}
	for j := a; j < b; j++ {
		if !isDigit(line[j]) {
			return false
		}
	}
	return true
}

// footnoteLine reports whether line starts a footnote: a number of up to
// three digits, a space, then a capital letter or an opening quote; or a
// bare number.
func footnoteLine(line string) bool {
	if isNumberLine(line) {
		return true
	}
	j := 0
	for j < len(line) && j < 4 && isDigit(line[j]) {
		j++
	}
	if j == 0 || j > 3 || j+1 >= len(line) || line[j] != ' ' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(line[j+1:])
	return unicode.IsUpper(r) || r == '"' || r == '“' || r == '‘' || r == '«'
}

// datelineLine reports whether line opens with a news dateline such as
// "WASHINGTON (Reuters) - " or "BAMAKO, Oct 19 (AFP) — ".
func datelineLine(line string) bool {
	caps := 0
	for caps < len(line) && line[caps] >= 'A' && line[caps] <= 'Z' {
		caps++
	}
	if caps < 3 || caps == len(line) {
		return false
	}
	if c := line[caps]; c != ' ' && c != ',' {
		return false
	}
	lim := len(line)
	if lim > 80 {
		lim = 80
	}
	head := line[:lim]
	p := strings.IndexByte(head, '(')
	if p < 0 || p+1 >= len(head) || head[p+1] < 'A' || head[p+1] > 'Z' {
		return false
	}
	q := strings.IndexByte(head[p:], ')')
	if q < 0 {
		return false
	}
	rest := head[p+q+1:]
	return strings.HasPrefix(rest, " -") || strings.HasPrefix(rest, " –") || strings.HasPrefix(rest, " —") || strings.HasPrefix(rest, ":")
}

// connectors are the lower-case words a title-case heading may contain.
var connectors = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "and": true, "or": true, "in": true,
	"on": true, "for": true, "to": true, "with": true, "at": true, "by": true, "from": true,
	"vs": true, "de": true, "du": true, "des": true, "la": true, "le": true, "les": true,
	"et": true, "al": true, "y": true, "del": true, "da": true, "into": true, "over": true,
	"after": true, "about": true, "against": true, "between": true, "under": true, "upon": true,
	"via": true, "per": true, "as": true, "its": true, "is": true, "are": true, "not": true,
	"but": true, "ag": true, "ul": true, "wal": true, "wa": true, "bin": true, "ibn": true,
}

// headingLine reports whether line looks like a heading: short, title case
// (every content word capitalised), without final punctuation, and not
// ending in a word that would continue on the next line.
func headingLine(line string) bool {
	a, b := trimSpan(line, 0, len(line))
	if a == b || b-a > 150 {
		return false
	}
	line = line[a:b]
	last, _ := utf8.DecodeLastRuneInString(line)
	switch last {
	case '.', ',', ';', ':', '!', '?', '-', '…', '”', '’', '"', '\'', '(', '–', '—', '/', '&':
		return false
	}
	first, _ := utf8.DecodeRuneInString(line)
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) {
		return false
	}
	words := 0
	lastWord := ""
	for j := 0; j < len(line); {
		for j < len(line) && (line[j] == ' ' || line[j] == '\t') {
			j++
		}
		if j >= len(line) {
			break
		}
		e := j
		for e < len(line) && line[e] != ' ' && line[e] != '\t' {
			e++
		}
		w := line[j:e]
		j = e
		words++
		if words > 15 {
			return false
		}
		lastWord = w
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) && !connectors[strings.Trim(w, ",:;’'")] {
			return false
		}
	}
	if r, _ := utf8.DecodeRuneInString(lastWord); unicode.IsUpper(r) {
		return true
	}
	return !connectors[lastWord]
}

// superscriptDigits returns the length in bytes of the run of superscript
// digits (¹ ² ³ and U+2070-U+2079) at text[i:], at most three of them.
func superscriptDigits(text string, i int) int {
	k := i
	for m := 0; m < 3 && k < len(text); m++ {
		switch {
		case k+1 < len(text) && text[k] == 0xC2 && (text[k+1] == 0xB2 || text[k+1] == 0xB3 || text[k+1] == 0xB9):
			k += 2
		case k+2 < len(text) && text[k] == 0xE2 && text[k+1] == 0x81 && (text[k+2] == 0xB0 || text[k+2] >= 0xB4 && text[k+2] <= 0xB9):
			k += 3
		default:
			return k - i
		}
	}
	return k - i
}

// bracketedNumber returns the length of a footnote mark "[5]" or "[12]"
// at text[i:], 0 when there is none.
func bracketedNumber(text string, i int) int {
	if i >= len(text) || text[i] != '[' {
		return 0
	}
	k := i + 1
	for k < len(text) && k-i <= 3 && isDigit(text[k]) {
		k++
	}
	if k == i+1 || k >= len(text) || text[k] != ']' {
		return 0
	}
	return k + 1 - i
}
