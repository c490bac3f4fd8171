# Circular imports that only use the other module lazily work.
import helper_cyc_x
print(helper_cyc_x.use_y(), helper_cyc_x.helper_cyc_y.use_x(), helper_cyc_x.helper_cyc_y.partial_seen)
import helper_cyc_y
print(helper_cyc_y.helper_cyc_x is helper_cyc_x)
