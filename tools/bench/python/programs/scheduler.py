"""An operating-system scheduler simulation in the spirit of Martin Richards' benchmark:
prioritised tasks (an idle task, a worker, two handlers and two devices) pass packets through
queues, wait, hold and release each other. Class- and method-heavy with attribute access on
every step. Prints how many times each kind of task ran."""
import sys

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * 4

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, system, ident, priority, queue):
        self.system = system
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.waiting = queue is not None
        self.held = False
        self.runs = 0
        system.tasks[ident] = self

    def runnable(self):
        return not self.held and (not self.waiting or self.queue is not None)

    def take_packet(self):
        packet = self.queue
        if packet is None:
            return None
        self.queue = packet.link
        self.waiting = False
        return packet

    def receive(self, packet):
        """A packet arrives; returns whether this task should preempt the current one."""
        if self.queue is None:
            self.queue = packet
            packet.link = None
            self.waiting = False
            return self.priority > self.system.current.priority
        packet.append_to(self.queue)
        return False

    def step(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, system, count):
        super().__init__(system, IDLE, 0, None)
        self.seed = 1
        self.count = count

    def step(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.system.hold_self()
        if self.seed & 1 == 0:
            self.seed >>= 1
            return self.system.release(DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.system.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, system, queue):
        super().__init__(system, WORKER, 1000, queue)
        self.destination = HANDLER_A
        self.count = 0

    def step(self, packet):
        if packet is None:
            return self.system.wait()
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.ident = self.destination
        packet.datum = 0
        for i in range(4):
            self.count = self.count + 1 if self.count < 26 else 1
            packet.data[i] = 64 + self.count
        return self.system.send(packet)


class HandlerTask(Task):
    def __init__(self, system, ident, queue):
        super().__init__(system, ident, 2000 if ident == HANDLER_A else 3000, queue)
        self.work = None
        self.devices = None

    def step(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        if self.work is not None:
            work = self.work
            index = work.datum
            if index >= 4:
                self.work = work.link
                return self.system.send(work)
            if self.devices is not None:
                device = self.devices
                self.devices = device.link
                device.datum = work.data[index]
                work.datum = index + 1
                return self.system.send(device)
        return self.system.wait()


class DeviceTask(Task):
    def __init__(self, system, ident):
        super().__init__(system, ident, 4000 + ident, None)
        self.pending = None

    def step(self, packet):
        if packet is None:
            if self.pending is None:
                return self.system.wait()
            p = self.pending
            self.pending = None
            return self.system.send(p)
        self.pending = packet
        return self.system.hold_self()


class System:
    def __init__(self):
        self.tasks = [None] * 6
        self.current = None
        self.sends = 0
        self.holds = 0

    def wait(self):
        self.current.waiting = True
        return self.current

    def hold_self(self):
        self.holds += 1
        self.current.held = True
        return None

    def release(self, ident):
        task = self.tasks[ident]
        task.held = False
        return task if task.priority > self.current.priority else self.current

    def send(self, packet):
        self.sends += 1
        target = self.tasks[packet.ident]
        packet.ident = self.current.ident
        if target.receive(packet):
            return target
        return self.current

    def highest_runnable(self):
        best = None
        for task in self.tasks:
            if task.runnable() and (best is None or task.priority > best.priority):
                best = task
        return best

    def run(self):
        task = self.highest_runnable()
        while task is not None:
            self.current = task
            task.runs += 1
            packet = task.take_packet() if task.queue is not None and not task.waiting else None
            if packet is None and task.queue is not None:
                packet = task.take_packet()
            nxt = task.step(packet)
            task = nxt if nxt is not None and nxt.runnable() else self.highest_runnable()


def build(count):
    system = System()
    IdleTask(system, count)
    work = Packet(None, WORKER, KIND_WORK)
    work = Packet(work, WORKER, KIND_WORK)
    WorkerTask(system, work)
    for handler, device in ((HANDLER_A, DEVICE_A), (HANDLER_B, DEVICE_B)):
        q = Packet(None, device, KIND_DEVICE)
        q = Packet(q, device, KIND_DEVICE)
        q = Packet(q, device, KIND_DEVICE)
        HandlerTask(system, handler, q)
    DeviceTask(system, DEVICE_A)
    DeviceTask(system, DEVICE_B)
    return system


n = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
system = build(n)
system.run()
print("sends", system.sends, "holds", system.holds)
print("runs", [t.runs for t in system.tasks])
