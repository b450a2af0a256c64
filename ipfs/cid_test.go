package ipfs

import (
	"errors"
	"testing"
)

func TestParseCID(t *testing.T) {
	tests := []struct {
		in      string
		want    string
		wantErr bool
	}{
		{"QmT78zSuBmuS4z925WZfrqQ1qHaJ56DQaTfyMUF7F8ff5o", "QmT78zSuBmuS4z925WZfrqQ1qHaJ56DQaTfyMUF7F8ff5o", false},
		{" bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4\n", "bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4", false},
		{"/ipfs/bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku", "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku", false},
		{"", "", true},
		{"hello", "", true},
		{"QmT78zSuBmuS4z925WZfrqQ1qHaJ56DQaTfyMUF7F8ff5", "", true},
		{"bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei", "", true},
	}
	for _, tt := range tests {
		c, err := ParseCID(tt.in)
		if tt.wantErr {
			if !errors.Is(err, ErrBadCID) {
				t.Errorf("ParseCID(%q) err = %v, want ErrBadCID", tt.in, err)
			}
			continue
		}
		if err != nil || c.String() != tt.want {
			t.Errorf("ParseCID(%q) = %v, %v; want %s", tt.in, c, err, tt.want)
		}
	}
}
