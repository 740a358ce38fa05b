class Order:
    objects = None


class Customer:
    objects = None
