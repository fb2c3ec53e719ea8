package gazetteer

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

func canonicals(ms []Match) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Canonical)
	}
	return out
}

func contains(ms []Match, canon string) (Match, bool) {
	for _, m := range ms {
		if m.Canonical == canon {
			return m, true
		}
	}
	return Match{}, false
}

func TestActorAliases(t *testing.T) {
	g := Default()
	tests := []struct {
		text    string
		want    string // canonical actor expected
		country string
		kind    string
		span    string // the matched text
	}{
		{"Fighters of Jama'at Nusrat al-Islam wal-Muslimin attacked the camp.", "JNIM", "MLI", KindArmedGroup, "Jama'at Nusrat al-Islam wal-Muslimin"},
		{"Fighters of Jama’at Nusratul Islam wal Muslimin attacked the camp.", "JNIM", "MLI", KindArmedGroup, "Jama’at Nusratul Islam wal Muslimin"},
		{"A statement from Jamaat Nusratul Islam wal-Muslimin followed.", "JNIM", "MLI", KindArmedGroup, "Jamaat Nusratul Islam wal-Muslimin"},
		{"The GSIM claimed the attack.", "JNIM", "MLI", KindArmedGroup, "GSIM"},
		{"JNIM’s leaders replied within days.", "JNIM", "MLI", KindArmedGroup, "JNIM"},
		{"The Macina Liberation Front recruited herders.", "Katiba Macina", "MLI", KindArmedGroup, "Macina Liberation Front"},
		{"Hamadoun Kouffa spoke in a recording.", "Amadou Koufa", "MLI", KindPerson, "Hamadoun Kouffa"},
		{"Koufa’s deputies were present.", "Amadou Koufa", "MLI", KindPerson, "Koufa"},
		{"Iyad Ag Ghali leads the coalition.", "Iyad Ag Ghaly", "MLI", KindPerson, "Iyad Ag Ghali"},
		{"Militants loyal to Daesh overran the base.", "Islamic State", "", KindArmedGroup, "Daesh"},
		{"ISWAP fighters crossed into Niger.", "ISWAP", "NGA", KindArmedGroup, "ISWAP"},
		{"Al Shabaab claimed the bombing in Mogadishu.", "al-Shabaab", "SOM", KindArmedGroup, "Al Shabaab"},
		{"The Houthis fired missiles on Tuesday.", "Houthis", "YEM", KindArmedGroup, "Houthis"},
		{"Ansar Allah said it would respond.", "Houthis", "YEM", KindArmedGroup, "Ansar Allah"},
		{"The RSF shelled El Fasher overnight.", "Rapid Support Forces", "SDN", KindArmedGroup, "RSF"},
		{"Clashes between the SAF and paramilitaries resumed.", "Sudanese Armed Forces", "SDN", KindMilitary, "SAF"},
		{"Wagner mercenaries arrived in December.", "Wagner Group", "RUS", KindArmedGroup, "Wagner"},
		{"The Africa Corps replaced them.", "Wagner Group", "RUS", KindArmedGroup, "Africa Corps"},
		{"M23 rebels seized Goma.", "M23", "COD", KindArmedGroup, "M23"},
		{"MINUSMA peacekeepers left Kidal.", "MINUSMA", "MLI", KindMission, "MINUSMA"},
		{"AMISOM handed over to the new mission.", "ATMIS", "SOM", KindMission, "AMISOM"},
		{"ECOWAS imposed sanctions.", "ECOWAS", "", KindOrganisation, "ECOWAS"},
		{"The UN envoy arrived.", "United Nations", "", KindOrganisation, "UN"},
		{"French troops of Barkhane left.", "Operation Barkhane", "FRA", KindMilitary, "Barkhane"},
		{"The ELN agreed to a pause.", "ELN", "COL", KindArmedGroup, "ELN"},
		{"Keïta was ousted.", "Ibrahim Boubacar Keïta", "MLI", KindPerson, "Keïta"},
		{"Keita was ousted.", "Ibrahim Boubacar Keïta", "MLI", KindPerson, "Keita"},
	}
	for _, tc := range tests {
		ms := g.Actors(tc.text)
		m, ok := contains(ms, tc.want)
		if !ok {
			t.Errorf("Actors(%q) = %v, want %q", tc.text, canonicals(ms), tc.want)
			continue
		}
		if m.Country != tc.country || m.Kind != tc.kind {
			t.Errorf("Actors(%q): %q country %q kind %q, want %q %q", tc.text, tc.want, m.Country, m.Kind, tc.country, tc.kind)
		}
		if got := tc.text[m.Start:m.End]; got != tc.span {
			t.Errorf("Actors(%q): span %q, want %q", tc.text, got, tc.span)
		}
	}
}

func TestDerivedActors(t *testing.T) {
	g := Default()
	tests := []struct {
		text string
		want []string
	}{
		{"The Malian army retook the town.", []string{"Malian armed forces"}},
		{"Sudanese troops and the RSF fought.", []string{"Sudanese armed forces", "Rapid Support Forces"}},
		{"The Malian government asked the council to mediate.", []string{"Government of Mali"}},
		{"Mali’s government said on Tuesday it would talk.", []string{"Government of Mali"}},
		{"Bamako’s talks with Wagner worried Paris.", []string{"Government of Mali", "Wagner Group", "Government of France"}},
		{"The delegates met in Bamako.", nil},
		{"France announced that it would close three bases.", []string{"France"}},
		{"Troops withdrew from Mali.", nil},
		{"The junta in Niamey expelled the envoy.", []string{"Government of Niger"}},
		{"The Ukrainian military pulled back from Avdiivka.", []string{"Ukrainian armed forces"}},
	}
	for _, tc := range tests {
		got := canonicals(g.Actors(tc.text))
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("Actors(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestPlaces(t *testing.T) {
	g := Default()
	tests := []struct {
		text    string
		want    string
		country string
	}{
		{"Fighting raged around Ségou.", "Ségou", "MLI"},
		{"Fighting raged around Segou.", "Ségou", "MLI"},
		{"The siege of Farabougou ended.", "Farabougou", "MLI"},
		{"Shelling hit Kiev overnight.", "Kyiv", "UKR"},
		{"Troops left the Donbass.", "Donbas", "UKR"},
		{"Aid reached El-Fasher.", "El Fasher", "SDN"},
		{"Strikes on Rafah continued.", "Rafah", "PSE"},
		{"Talks opened in Jeddah.", "Jeddah", "SAU"},
		{"The TPLF withdrew from Mekelle.", "Mekelle", "ETH"},
		{"The port of Hodeida reopened.", "Hodeidah", "YEM"},
		{"The army entered Nay Pyi Taw.", "Naypyidaw", "MMR"},
		{"Fighting in Nagorno Karabakh stopped.", "Nagorno-Karabakh", "AZE"},
		{"Gangs control Port-au-Prince.", "Port-au-Prince", "HTI"},
		{"Rebels advanced in North Kivu.", "North Kivu", "COD"},
		{"Jihadists spread across the Sahel.", "Sahel", ""},
		{"Refugees fled Côte d’Ivoire.", "Côte d'Ivoire", "CIV"},
	}
	for _, tc := range tests {
		ms := g.Places(tc.text)
		m, ok := contains(ms, tc.want)
		if !ok {
			t.Errorf("Places(%q) = %v, want %q", tc.text, canonicals(ms), tc.want)
			continue
		}
		if m.Country != tc.country {
			t.Errorf("Places(%q): %q country %q, want %q", tc.text, tc.want, m.Country, tc.country)
		}
	}
}

func TestCountry(t *testing.T) {
	g := Default()
	tests := []struct {
		in   string
		want string
		ok   bool
	}{
		{"Mali", "MLI", true},
		{"Malian", "MLI", true},
		{"Sudanese", "SDN", true},
		{"Ukrainian", "UKR", true},
		{"Burma", "MMR", true},
		{"Ivory Coast", "CIV", true},
		{"Cote d’Ivoire", "CIV", true},
		{"the Gambia", "GMB", true},
		{"U.S.", "USA", true},
		{"Yemeni", "YEM", true},
		{"Colombian", "COL", true},
		{"Nigerien", "NER", true},
		{"Nigerian", "NGA", true},
		{"Burkinabè", "BFA", true},
		{"COD", "COD", true},
		{"Atlantis", "", false},
		{"us", "", false},
	}
	for _, tc := range tests {
		got, ok := g.Country(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("Country(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

func TestCaseSensitiveAcronyms(t *testing.T) {
	g := Default()
	for _, text := range []string{
		"Let us talk about it.",         // "us" is not the United States
		"It is a new platform for aid.", // "platform" is not the armed coalition
		"The car was stopped.",          // "car" is not the Central African Republic
	} {
		if ms := g.Actors(text); len(ms) != 0 {
			t.Errorf("Actors(%q) = %v, want none", text, canonicals(ms))
		}
		if ms := g.Places(text); len(ms) != 0 {
			t.Errorf("Places(%q) = %v, want none", text, canonicals(ms))
		}
	}
	if _, ok := contains(g.Actors("The US withdrew its forces."), "United States"); !ok {
		t.Errorf("US in capitals not matched")
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Jama’at Nusrat al-Islam", "jamaat nusrat al islam"},
		{"Mali’s army", "mali army"},
		{"Ségou, Ménaka", "segou menaka"},
		{"U.S. forces", "u s forces"},
		{"Côte d'Ivoire", "cote divoire"},
	}
	for _, tc := range tests {
		if got := Normalize(tc.in); got != tc.want {
			t.Errorf("Normalize(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestFind(t *testing.T) {
	g := Default()
	text := "The Malian army and JNIM fighters clashed near Mopti and in Ségou."
	actors, places := g.Find(text)
	if a := canonicals(actors); strings.Join(a, "|") != strings.Join(canonicals(g.Actors(text)), "|") || len(a) != 2 {
		t.Errorf("Find actors %q", a)
	}
	if p := canonicals(places); strings.Join(p, "|") != "Mopti|Ségou" {
		t.Errorf("Find places %q", p)
	}
}

func TestConcurrentUse(t *testing.T) {
	g := Default()
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 50; j++ {
				if len(g.Actors("JNIM and the Malian army met in Bamako.")) != 2 {
					t.Error("unexpected actor count")
					return
				}
			}
		}()
	}
	wg.Wait()
}

func BenchmarkActors(b *testing.B) {
	g := Default()
	text := "On 19 October, Sudan’s army chief Abdel Fattah al-Burhan said the Rapid Support Forces had withdrawn from El Fasher after talks in Jeddah mediated by Saudi Arabia and the United States."
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		g.Actors(text)
	}
}

// BenchmarkFindSeeds runs Find over every line of the seed documents.
func BenchmarkFindSeeds(b *testing.B) {
	files, _ := filepath.Glob("../../seeds/*.txt")
	var lines []string
	var n int64
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		for _, l := range strings.Split(string(data), "\n") {
			if l != "" {
				lines = append(lines, l)
				n += int64(len(l))
			}
		}
	}
	if len(lines) == 0 {
		b.Skip("no seed documents")
	}
	g := Default()
	var actors, places []Match
	b.SetBytes(n)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, l := range lines {
			actors, places = g.FindInto(l, actors, places)
		}
	}
}
