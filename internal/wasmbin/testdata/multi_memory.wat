;; flags: --enable-multi-memory
(module
  (import "env" "m" (memory 1))
  (memory 1))
