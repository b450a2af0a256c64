;; flags: --enable-threads
(module (memory 1 1 shared))
