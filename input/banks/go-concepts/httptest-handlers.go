// Testing HTTP code with net/http/httptest: a ResponseRecorder for a
// handler on its own, and a real Server on a loopback port for a client.
package main

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

type userAPI struct {
	names map[string]string
}

// ServeHTTP answers GET /users/{id}. (With Go 1.22+ you would register the
// pattern "GET /users/{id}" on a ServeMux and call r.PathValue("id").)
func (a *userAPI) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet {
		w.Header().Set("Allow", http.MethodGet)
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	id := strings.TrimPrefix(r.URL.Path, "/users/")
	name, ok := a.names[id]
	if !ok {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	if err := json.NewEncoder(w).Encode(map[string]string{"id": id, "name": name}); err != nil {
		http.Error(w, "encode failed", http.StatusInternalServerError)
	}
}

func newAPI() *userAPI { return &userAPI{names: map[string]string{"42": "Ada"}} }

func TestHandlerWithRecorder(t *testing.T) {
	tests := []struct {
		method, path string
		wantCode     int
		wantBody     string
	}{
		{http.MethodGet, "/users/42", http.StatusOK, `{"id":"42","name":"Ada"}`},
		{http.MethodGet, "/users/7", http.StatusNotFound, "not found"},
		{http.MethodPost, "/users/42", http.StatusMethodNotAllowed, "method not allowed"},
	}
	for _, tt := range tests {
		req := httptest.NewRequest(tt.method, tt.path, nil) // no network at all
		rec := httptest.NewRecorder()
		newAPI().ServeHTTP(rec, req)
		if rec.Code != tt.wantCode {
			t.Errorf("%s %s: status %d, want %d", tt.method, tt.path, rec.Code, tt.wantCode)
		}
		if got := strings.TrimSpace(rec.Body.String()); got != tt.wantBody {
			t.Errorf("%s %s: body %q, want %q", tt.method, tt.path, got, tt.wantBody)
		}
	}
}

// fetchName is client code under test: it only knows a base URL.
func fetchName(client *http.Client, baseURL, id string) (string, error) {
	resp, err := client.Get(baseURL + "/users/" + id)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		_, _ = io.Copy(io.Discard, resp.Body)
		return "", &statusError{resp.StatusCode}
	}
	var body struct{ Name string }
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		return "", err
	}
	return body.Name, nil
}

type statusError struct{ code int }

func (e *statusError) Error() string { return http.StatusText(e.code) }

func TestClientAgainstServer(t *testing.T) {
	srv := httptest.NewServer(newAPI()) // listens on 127.0.0.1, random port
	t.Cleanup(srv.Close)

	name, err := fetchName(srv.Client(), srv.URL, "42")
	if err != nil || name != "Ada" {
		t.Fatalf("fetchName(42) = %q, %v; want Ada", name, err)
	}
	if _, err := fetchName(srv.Client(), srv.URL, "7"); err == nil || err.Error() != "Not Found" {
		t.Fatalf("fetchName(7) error = %v, want Not Found", err)
	}
}
