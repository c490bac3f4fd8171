

(a
  + b)

