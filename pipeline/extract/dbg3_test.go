package extract

import (
	"fmt"
	"testing"
)

func TestDbgCount(t *testing.T) {
	x := New()
	n, pass, cands, bytesAll, bytesPass := 0, 0, 0, 0, 0
	for _, d := range seedDocs(t) {
		for _, s := range d.Sentences {
			txt := d.Text[s.Start:s.End]
			n++
			bytesAll += len(txt)
			if x.pf.mayMatch(txt) {
				pass++
				bytesPass += len(txt)
				r, _ := x.analyse(txt, s.Start, nil, &sentCtx{})
				if len(r) > 0 {
					cands++
				}
			}
		}
	}
	fmt.Println(n, pass, cands, bytesAll, bytesPass)
}
