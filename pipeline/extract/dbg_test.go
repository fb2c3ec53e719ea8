package extract

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"eventtimeline/pipeline/model"
)

func TestDbg(t *testing.T) {
	x := New()
	for _, line := range strings.Split(os.Getenv("DBG"), "|") {
		var times []model.Timex
		toks := tokenize(line, lowerASCII(line), nil, nil)
		for _, tk := range toks {
			if isYear(tk) {
				a, _ := model.ParseValue(tk.w)
				times = append(times, model.Timex{Start: tk.s, End: tk.e, Text: tk.w, Anchor: a})
			}
		}
		fmt.Println(line)
		for _, m := range x.ExtractSentence(line, times) {
			fmt.Printf("   %s/%s/%s %q %v %q %s\n", m.Type, m.Subtype, m.Factuality, m.Trigger, m.Actors, m.Place, m.Country)
		}
	}
}
