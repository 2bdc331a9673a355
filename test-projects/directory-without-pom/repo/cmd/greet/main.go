// Copyright 2026 Gopher Tools contributors
// SPDX-License-Identifier: MIT

// Command greet prints a greeting.
package main

import (
	"fmt"
	"os"
)

func main() {
	name := "world"
	if len(os.Args) > 1 {
		name = os.Args[1]
	}
	fmt.Printf("hello, %s\n", name)
}
